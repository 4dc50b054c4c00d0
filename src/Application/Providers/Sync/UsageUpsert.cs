using AIntops.Domain.Providers;

namespace AIntops.Application.Providers.Sync;

/// <summary>
/// Stores a provider's answer for a window: rows are matched on their natural key and overwritten,
/// new ones added, and rows of the window the provider no longer reports removed. The stored
/// window then equals the provider's answer however often it is fetched.
/// </summary>
public static class UsageUpsert
{
    private sealed record Key(ProviderUsageKind Kind, ProviderBucketWidth Width, long BucketStartMs, string Model, string ProjectId, string ApiKeyId);

    public static async Task ReplaceWindowAsync(IAppDbContext db, ProviderConnection connection, ProviderUsageKind kind, DateTime fromUtc, DateTime toUtc,
        IEnumerable<ProviderUsageRecord> records, CancellationToken cancellationToken)
    {
        var (fromMs, toMs) = (UnixMs(fromUtc), UnixMs(toUtc));
        var existing = await db.ProviderUsage
            .Where(u => u.ConnectionId == connection.Id && u.Kind == kind && u.BucketStartMs >= fromMs && u.BucketStartMs < toMs)
            .ToDictionaryAsync(KeyOf, cancellationToken);
        var fresh = records.Select(r => Row(connection, kind, r)).GroupBy(KeyOf).Select(g => g.Aggregate(Add));
        var seen = new HashSet<Key>();
        foreach (var row in fresh)
        {
            var key = KeyOf(row);
            seen.Add(key);
            if (existing.TryGetValue(key, out var stored)) CopyMeasures(row, stored);
            else db.ProviderUsage.Add(row);
        }
        db.ProviderUsage.RemoveRange(existing.Where(e => !seen.Contains(e.Key)).Select(e => e.Value));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static long UnixMs(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public static DateTime FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;

    public static TimeSpan Length(ProviderBucketWidth width) => width == ProviderBucketWidth.Day ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1);

    private static Key KeyOf(ProviderUsage u) => new(u.Kind, u.BucketWidth, u.BucketStartMs, u.Model, u.ProjectId, u.ApiKeyId);

    private static ProviderUsage Row(ProviderConnection connection, ProviderUsageKind kind, ProviderUsageRecord r) => new()
    {
        OrganizationId = connection.OrganizationId,
        ConnectionId = connection.Id,
        Provider = connection.Provider,
        Kind = kind,
        BucketWidth = r.BucketWidth == UsageBucketWidth.Day ? ProviderBucketWidth.Day : ProviderBucketWidth.Hour,
        BucketStartMs = UnixMs(r.BucketStartUtc),
        Model = Dimension(r.Model),
        ProjectId = Dimension(r.ProjectId),
        ApiKeyId = Dimension(r.ApiKeyId),
        UncachedInputTokens = r.UncachedInputTokens,
        CachedInputTokens = r.CachedInputTokens,
        CacheWrite5mTokens = r.CacheWrite5mTokens,
        CacheWrite1hTokens = r.CacheWrite1hTokens,
        OutputTokens = r.OutputTokens,
        Requests = r.Requests,
        CostNanoUsd = r.CostNanoUsd ?? 0,
    };

    private static string Dimension(string? value) =>
        value is null ? "" : value.Length <= ProviderUsage.DimensionMaxLength ? value : value[..ProviderUsage.DimensionMaxLength];

    private static ProviderUsage Add(ProviderUsage sum, ProviderUsage row)
    {
        sum.UncachedInputTokens += row.UncachedInputTokens;
        sum.CachedInputTokens += row.CachedInputTokens;
        sum.CacheWrite5mTokens += row.CacheWrite5mTokens;
        sum.CacheWrite1hTokens += row.CacheWrite1hTokens;
        sum.OutputTokens += row.OutputTokens;
        sum.Requests = sum.Requests is null && row.Requests is null ? null : (sum.Requests ?? 0) + (row.Requests ?? 0);
        sum.CostNanoUsd += row.CostNanoUsd;
        return sum;
    }

    private static void CopyMeasures(ProviderUsage from, ProviderUsage to)
    {
        to.UncachedInputTokens = from.UncachedInputTokens;
        to.CachedInputTokens = from.CachedInputTokens;
        to.CacheWrite5mTokens = from.CacheWrite5mTokens;
        to.CacheWrite1hTokens = from.CacheWrite1hTokens;
        to.OutputTokens = from.OutputTokens;
        to.Requests = from.Requests;
        to.CostNanoUsd = from.CostNanoUsd;
    }
}
