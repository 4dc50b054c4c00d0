namespace AIntops.MockProviders.Synthetic;

/// <summary>Usage of one series over some span; the token kinds are disjoint.</summary>
public readonly record struct TokenCounts(long Requests, long UncachedInput, long CacheRead, long CacheWrite5m, long CacheWrite1h, long Output)
{
    public bool IsEmpty => Requests == 0 && UncachedInput == 0 && CacheRead == 0 && CacheWrite5m == 0 && CacheWrite1h == 0 && Output == 0;

    public long[] ToArray() => [Requests, UncachedInput, CacheRead, CacheWrite5m, CacheWrite1h, Output];

    public static TokenCounts FromArray(long[] v) => new(v[0], v[1], v[2], v[3], v[4], v[5]);

    public static TokenCounts operator +(TokenCounts a, TokenCounts b) =>
        new(a.Requests + b.Requests, a.UncachedInput + b.UncachedInput, a.CacheRead + b.CacheRead,
            a.CacheWrite5m + b.CacheWrite5m, a.CacheWrite1h + b.CacheWrite1h, a.Output + b.Output);
}
