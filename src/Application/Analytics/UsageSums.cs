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
public sealed class UsageSums : ISettledSums<UsageSums>
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

    public UsageSums Negated() => new()
    {
        Period = Period, Provider = Provider, First = First, Second = Second, Requests = -Requests, Errors = -Errors, InputTokens = -InputTokens,
        OutputTokens = -OutputTokens, CachedInputTokens = -CachedInputTokens, CacheWriteTokens = -CacheWriteTokens, CostNanoUsd = -CostNanoUsd,
        UnpricedRequests = -UnpricedRequests, LatencySumMs = -LatencySumMs, LatencyCount = -LatencyCount,
    };

    public static List<UsageSums> Sum(IEnumerable<UsageSums> rows) => [.. UsageRollupReader.Merge(rows).Where(s =>
        s is not { Requests: 0, Errors: 0, InputTokens: 0, OutputTokens: 0, CachedInputTokens: 0, CacheWriteTokens: 0, CostNanoUsd: 0, UnpricedRequests: 0,
            LatencySumMs: 0, LatencyCount: 0 })];

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
public sealed record UserDaySums(long DayStartMs, long Users, long CostNanoUsd, long Requests) : ISettledSums<UserDaySums>
{
    public UserDaySums Negated() => new(DayStartMs, -Users, -CostNanoUsd, -Requests);

    public static List<UserDaySums> Sum(IEnumerable<UserDaySums> rows) => [.. rows.GroupBy(r => r.DayStartMs)
        .Select(day => new UserDaySums(day.Key, day.Sum(r => r.Users), day.Sum(r => r.CostNanoUsd), day.Sum(r => r.Requests)))
        .Where(day => day is not { Users: 0, CostNanoUsd: 0, Requests: 0 })];
}

/// <summary>Calls per latency bucket of one group.</summary>
/// <param name="Word">The group's value: its fixed word, or once labelled, the value of its ref.</param>
public sealed record LatencyCounts(int Ref, string Word, long[] Counts) : ISettledSums<LatencyCounts>
{
    public LatencyCounts Negated() => this with { Counts = [.. Counts.Select(c => -c)] };

    public static List<LatencyCounts> Sum(IEnumerable<LatencyCounts> rows) => [.. rows.GroupBy(r => (r.Ref, r.Word))
        .Select(g => new LatencyCounts(g.Key.Ref, g.Key.Word, g.Select(r => r.Counts).Aggregate((a, b) => [.. a.Zip(b, (x, y) => x + y)])))
        .Where(r => r.Counts.Any(c => c != 0))];
}
