using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.Wire;

/// <summary>What a usage or cost bucket holds: the query's series summed over the bucket and grouped.</summary>
public static class UsageRows
{
    public static IEnumerable<(Dictionary<string, object?> Dimensions, TokenCounts Usage)> Usage(
        UsageGenerator generator, IEnumerable<UsageSeries> series, Bucket bucket, IReadOnlyList<string> dimensions, IReadOnlySet<string> groupBy) =>
        Grouping.Sum(
            series.Select(s => (s.Dimensions, Usage: generator.Between(s, bucket.Start, bucket.End))).Where(r => !r.Usage.IsEmpty),
            dimensions, groupBy, (a, b) => a + b);

    /// <summary>Priced token lines of each series, with <paramref name="lineDimensions"/> adding the line's own fields to the series' dimensions.</summary>
    public static IEnumerable<(Dictionary<string, object?> Dimensions, (long CostNanoUsd, long Tokens) Cost)> Costs(
        UsageGenerator generator, MockPrices prices, IEnumerable<UsageSeries> series, Bucket bucket,
        Func<UsageSeries, PricedLine, IReadOnlyDictionary<string, object?>> lineDimensions,
        IReadOnlyList<string> dimensions, IReadOnlySet<string> groupBy) =>
        Grouping.Sum(
            from s in series
            let usage = generator.Between(s, bucket.Start, bucket.End)
            where !usage.IsEmpty
            from line in prices.Lines(s, usage, bucket.Start)
            select (Dimensions: lineDimensions(s, line), Cost: (line.CostNanoUsd, line.Tokens)),
            dimensions, groupBy, (a, b) => (a.CostNanoUsd + b.CostNanoUsd, a.Tokens + b.Tokens));

    public static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> dimensions, params (string Key, object? Value)[] extra)
    {
        var all = new Dictionary<string, object?>(dimensions);
        foreach (var (key, value) in extra) all[key] = value;
        return all;
    }
}
