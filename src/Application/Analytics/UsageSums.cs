namespace AIntops.Application.Analytics;

/// <summary>A rollup group's key: an optional period (day or week start) and up to two dimension values.</summary>
public sealed class UsageKey
{
    public long Period { get; init; }
    public string First { get; init; } = "";
    public string Second { get; init; } = "";
}

/// <summary>Counters summed over the rollup rows of one group.</summary>
public sealed class UsageSums
{
    public long Period { get; init; }
    public string First { get; init; } = "";
    public string Second { get; init; } = "";
    public long Requests { get; init; }
    public long Errors { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public long CachedInputTokens { get; init; }
    public long CacheWriteTokens { get; init; }
    public long CostNanoUsd { get; init; }
    public long UnpricedRequests { get; init; }
    public long LatencySumMs { get; init; }
    public long LatencyCount { get; init; }

    public long TotalTokens => InputTokens + OutputTokens;

    public static UsageSums Add(IEnumerable<UsageSums> parts)
    {
        var all = parts.ToList();
        return new UsageSums
        {
            Period = all.FirstOrDefault()?.Period ?? 0, First = all.FirstOrDefault()?.First ?? "", Second = all.FirstOrDefault()?.Second ?? "",
            Requests = all.Sum(p => p.Requests), Errors = all.Sum(p => p.Errors), InputTokens = all.Sum(p => p.InputTokens),
            OutputTokens = all.Sum(p => p.OutputTokens), CachedInputTokens = all.Sum(p => p.CachedInputTokens),
            CacheWriteTokens = all.Sum(p => p.CacheWriteTokens), CostNanoUsd = all.Sum(p => p.CostNanoUsd),
            UnpricedRequests = all.Sum(p => p.UnpricedRequests), LatencySumMs = all.Sum(p => p.LatencySumMs), LatencyCount = all.Sum(p => p.LatencyCount),
        };
    }
}
