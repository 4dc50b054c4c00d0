namespace AIntops.Domain.Ingest;

/// <summary>
/// What a set of raw events contributes to the rollup tables: one row per rollup key, in key order
/// (so transactions touching the same rollup rows lock them in one order). Adding events and
/// deleting them must group the same way, or the rollups drift from the raw rows.
/// </summary>
public static class UsageRollups
{
    public const long HourMs = 3_600_000;
    public const long DayMs = 86_400_000;

    /// <summary>Start of the UTC period holding <paramref name="unixMs"/> (also before 1970).</summary>
    public static long StartOf(long unixMs, long periodMs) => unixMs - ((unixMs % periodMs) + periodMs) % periodMs;

    public static IEnumerable<UsageHourly> Hourly(IEnumerable<LlmEvent> events) => Usage<UsageHourly>(events, HourMs);

    public static IEnumerable<UsageDaily> Daily(IEnumerable<LlmEvent> events) => Usage<UsageDaily>(events, DayMs);

    public static IEnumerable<LatencyHourly> LatencyHourly(IEnumerable<LlmEvent> events) => Latency<LatencyHourly>(events, HourMs);

    public static IEnumerable<LatencyDaily> LatencyDaily(IEnumerable<LlmEvent> events) => Latency<LatencyDaily>(events, DayMs);

    private static IEnumerable<T> Usage<T>(IEnumerable<LlmEvent> events, long periodMs) where T : UsageRollupRow, new() =>
        events.GroupBy(e => (e.OrganizationRef, PeriodStartMs: StartOf(e.TimestampMs, periodMs), e.ProviderRef, e.ModelRef, TeamRef: e.TeamRef ?? 0,
                e.Environment, e.DataMode, EndpointTagRef: e.EndpointTagRef ?? 0, PromptVersionRef: e.PromptVersionRef ?? 0, e.Status,
                ApiKeyRef: e.ApiKeyRef ?? 0, CacheOutcome: CacheOutcomes.Of(e), WorkflowRef: e.WorkflowRef ?? 0))
            .OrderBy(g => g.Key)
            .Select(g => new T
            {
                OrganizationRef = g.Key.OrganizationRef, PeriodStartMs = g.Key.PeriodStartMs, ProviderRef = g.Key.ProviderRef, ModelRef = g.Key.ModelRef,
                TeamRef = g.Key.TeamRef, Environment = g.Key.Environment, DataMode = g.Key.DataMode, EndpointTagRef = g.Key.EndpointTagRef,
                PromptVersionRef = g.Key.PromptVersionRef, Status = g.Key.Status, ApiKeyRef = g.Key.ApiKeyRef, CacheOutcome = g.Key.CacheOutcome,
                WorkflowRef = g.Key.WorkflowRef,
                Requests = g.Count(), InputTokens = g.Sum(e => e.InputTokens), OutputTokens = g.Sum(e => e.OutputTokens),
                CachedInputTokens = g.Sum(e => e.CachedInputTokens), CacheWriteTokens = g.Sum(e => e.CacheWriteTokens),
                CostNanoUsd = g.Sum(e => e.CostNanoUsd), UnpricedRequests = g.Count(e => !e.PriceKnown),
                LatencySumMs = g.Sum(e => e.LatencyMs ?? 0), LatencyCount = g.Count(e => e.LatencyMs is not null),
            });

    /// <summary>Only calls that report a latency are counted.</summary>
    private static IEnumerable<T> Latency<T>(IEnumerable<LlmEvent> events, long periodMs) where T : LatencyRollupRow, new() =>
        events.Where(e => e.LatencyMs is not null)
            .GroupBy(e => (e.OrganizationRef, PeriodStartMs: StartOf(e.TimestampMs, periodMs), e.ProviderRef, e.ModelRef, TeamRef: e.TeamRef ?? 0,
                e.Environment, e.DataMode))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var row = new T
                {
                    OrganizationRef = g.Key.OrganizationRef, PeriodStartMs = g.Key.PeriodStartMs, ProviderRef = g.Key.ProviderRef, ModelRef = g.Key.ModelRef,
                    TeamRef = g.Key.TeamRef, Environment = g.Key.Environment, DataMode = g.Key.DataMode, Requests = g.Count(),
                };
                foreach (var e in g) row.Counts[LatencyHistogram.BucketOf(e.LatencyMs!.Value)]++;
                return row;
            });

    public static IEnumerable<UsageUserDaily> UserDaily(IEnumerable<LlmEvent> events) =>
        events.GroupBy(e => (e.OrganizationRef, PeriodStartMs: StartOf(e.TimestampMs, DayMs), EndUserRef: e.EndUserRef ?? 0, e.ProviderRef, e.Environment,
                e.DataMode))
            .OrderBy(g => g.Key)
            .Select(g => WithCounters(new UsageUserDaily
            {
                OrganizationRef = g.Key.OrganizationRef, PeriodStartMs = g.Key.PeriodStartMs, EndUserRef = g.Key.EndUserRef, ProviderRef = g.Key.ProviderRef,
                Environment = g.Key.Environment, DataMode = g.Key.DataMode,
            }, g));

    public static IEnumerable<UsageUserBreakdownHourly> UserBreakdownHourly(IEnumerable<LlmEvent> events) =>
        events.GroupBy(e => (e.OrganizationRef, PeriodStartMs: StartOf(e.TimestampMs, HourMs), EndUserRef: e.EndUserRef ?? 0, e.ProviderRef, e.ModelRef,
                TeamRef: e.TeamRef ?? 0, e.Environment, e.DataMode))
            .OrderBy(g => g.Key)
            .Select(g => WithCounters(new UsageUserBreakdownHourly
            {
                OrganizationRef = g.Key.OrganizationRef, PeriodStartMs = g.Key.PeriodStartMs, EndUserRef = g.Key.EndUserRef, ProviderRef = g.Key.ProviderRef,
                ModelRef = g.Key.ModelRef, TeamRef = g.Key.TeamRef, Environment = g.Key.Environment, DataMode = g.Key.DataMode,
            }, g));

    /// <summary>Checked, like the sums above: an overflow fails the write instead of storing a wrapped total.</summary>
    private static T WithCounters<T>(T row, IEnumerable<LlmEvent> events) where T : UserRollupRow
    {
        foreach (var e in events)
        {
            row.Requests++;
            row.InputTokens = checked(row.InputTokens + e.InputTokens);
            row.OutputTokens = checked(row.OutputTokens + e.OutputTokens);
            row.CostNanoUsd = checked(row.CostNanoUsd + e.CostNanoUsd);
        }
        return row;
    }
}
