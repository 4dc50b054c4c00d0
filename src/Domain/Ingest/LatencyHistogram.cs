namespace AIntops.Domain.Ingest;

/// <summary>
/// Log-scale latency buckets (each 25% wider than the one before, from 10 ms to about 60 s, then one
/// open bucket), so percentiles can be summed from rollups instead of scanning raw rows. A percentile
/// is interpolated inside the bucket that holds it, so it is exact to that bucket's width.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>Exclusive upper bounds of every bucket but the last.</summary>
    public static readonly long[] UpperBoundsMs = [.. Enumerable.Range(0, 40).Select(i => (long)Math.Round(10 * Math.Pow(1.25, i)))];

    public static int Buckets => UpperBoundsMs.Length + 1;

    /// <summary>The rollup column counting calls of <paramref name="bucket"/>.</summary>
    public static string Column(int bucket) => $"L{bucket:00}";

    public static int BucketOf(long latencyMs)
    {
        var index = Array.BinarySearch(UpperBoundsMs, latencyMs);
        return index >= 0 ? index + 1 : ~index;
    }

    public static long LowerBoundMs(int bucket) => bucket == 0 ? 0 : UpperBoundsMs[bucket - 1];

    /// <summary>The <paramref name="fraction"/> percentile (e.g. 0.95) of calls counted per bucket; null without calls.</summary>
    public static double? Percentile(IReadOnlyDictionary<int, long> countsByBucket, double fraction)
    {
        var total = countsByBucket.Values.Sum();
        if (total == 0) return null;
        var rank = fraction * total;
        long before = 0;
        foreach (var (bucket, count) in countsByBucket.Where(b => b.Value > 0).OrderBy(b => b.Key))
        {
            if (before + count >= rank)
            {
                if (bucket == UpperBoundsMs.Length) return LowerBoundMs(bucket);
                var lower = LowerBoundMs(bucket);
                return lower + (UpperBoundsMs[bucket] - lower) * Math.Clamp((rank - before) / count, 0, 1);
            }
            before += count;
        }
        return LowerBoundMs(countsByBucket.Keys.Max());
    }
}
