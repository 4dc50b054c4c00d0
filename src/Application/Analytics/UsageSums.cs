namespace AIntops.Application.Analytics;

/// <summary>A rollup group's key: an optional period (hour, day or week start), the provider when split by it, and up to two dimension values.</summary>
public sealed class UsageKey
{
    public long Period { get; init; }
    public int Provider { get; init; }

    /// <summary>The first dimension's ref (0 for a fixed word, or none).</summary>
    public int FirstRef { get; init; }

    /// <summary>The first dimension's fixed word (environment, status, cache outcome); empty for a ref.</summary>
    public string FirstWord { get; init; } = "";

    public int SecondRef { get; init; }
    public string SecondWord { get; init; } = "";
}

/// <summary>Counters summed over the rollup rows of one group.</summary>
public sealed class UsageSums
{
    public long Period { get; init; }
    public string Provider { get; init; } = "";
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

    /// <summary>The refs of <see cref="Provider"/>, <see cref="First"/> and <see cref="Second"/> as read, before their values are looked up.</summary>
    internal int ProviderRef { get; init; }
    internal int FirstRef { get; init; }
    internal int SecondRef { get; init; }

    public long TotalTokens => InputTokens + OutputTokens;

    /// <summary>All parts together, keyed as the first part (an empty total when there are none).</summary>
    public static UsageSums Add(IEnumerable<UsageSums> parts) => parts.Aggregate((UsageSums?)null, (total, part) => total?.Plus(part) ?? part) ?? new UsageSums();

    /// <summary>These counters under another key.</summary>
    public UsageSums WithKey(long period, string provider, string first, string second) => new()
    {
        Period = period, Provider = provider, First = first, Second = second, Requests = Requests, Errors = Errors, InputTokens = InputTokens,
        OutputTokens = OutputTokens, CachedInputTokens = CachedInputTokens, CacheWriteTokens = CacheWriteTokens, CostNanoUsd = CostNanoUsd,
        UnpricedRequests = UnpricedRequests, LatencySumMs = LatencySumMs, LatencyCount = LatencyCount,
    };

    /// <summary>These counters and <paramref name="other"/>'s, under this key.</summary>
    public UsageSums Plus(UsageSums other) => new()
    {
        Period = Period, Provider = Provider, First = First, Second = Second, Requests = Requests + other.Requests, Errors = Errors + other.Errors,
        InputTokens = InputTokens + other.InputTokens, OutputTokens = OutputTokens + other.OutputTokens,
        CachedInputTokens = CachedInputTokens + other.CachedInputTokens, CacheWriteTokens = CacheWriteTokens + other.CacheWriteTokens,
        CostNanoUsd = CostNanoUsd + other.CostNanoUsd, UnpricedRequests = UnpricedRequests + other.UnpricedRequests,
        LatencySumMs = LatencySumMs + other.LatencySumMs, LatencyCount = LatencyCount + other.LatencyCount,
    };
}

/// <summary>One UTC day of the per-user rollups: identified users with calls, and their spend and requests.</summary>
public sealed record UserDaySums(long DayStartMs, long Users, long CostNanoUsd, long Requests);
