namespace AIntops.Domain.Ingest;

/// <summary>
/// One rollup table, declared once: its name, period and row type, its natural key (the organization, the period start, then
/// dimensions) and counters as column names, and the rows a set of events contributes to it, values in that order (keys first).
/// The ingest writer, the eraser, retention, the EF model and the tests derive what they need from it, and the EF model is checked
/// against it at startup.
/// </summary>
public sealed record RollupTable(string Name, long PeriodMs, Type RowType, string[] Keys, string[] Counters,
    Func<IEnumerable<LlmEvent>, IEnumerable<object?[]>> RowsOf)
{
    /// <summary>The period start's column, named by the period (<c>HourStartMs</c>, <c>DayStartMs</c>); always the second key.</summary>
    public string PeriodColumn => Keys[1];

    /// <summary>The row property a key or counter column holds (latency bucket columns have no property of their own).</summary>
    public static string PropertyOf(string column) => column is HourColumn or DayColumn ? nameof(RollupRow.PeriodStartMs) : column;

    internal const string HourColumn = "HourStartMs", DayColumn = "DayStartMs";
}

/// <summary>Every rollup the raw events feed; writes, deletions, repricing and retention keep all of them exact.</summary>
public static class RollupTables
{
    private static readonly string[] UserCounters = ["Requests", "InputTokens", "OutputTokens", "CostNanoUsd"];

    private static readonly string[] UsageCounters =
        ["Requests", "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount"];

    public static readonly RollupTable Hourly = Usage<UsageHourly>(UsageRollups.HourMs, UsageRollups.Hourly);
    public static readonly RollupTable Daily = Usage<UsageDaily>(UsageRollups.DayMs, UsageRollups.Daily);
    public static readonly RollupTable LatencyHourly = Latency<LatencyHourly>(UsageRollups.HourMs, UsageRollups.LatencyHourly);
    public static readonly RollupTable LatencyDaily = Latency<LatencyDaily>(UsageRollups.DayMs, UsageRollups.LatencyDaily);

    public static readonly RollupTable UserDaily = new(nameof(UsageUserDaily), UsageRollups.DayMs, typeof(UsageUserDaily),
        ["OrganizationId", RollupTable.DayColumn, "EndUserId", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserDaily(events).Select(d => new object?[]
        {
            d.OrganizationId, d.PeriodStartMs, d.EndUserId, d.Environment, d.DataMode, d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    public static readonly RollupTable UserBreakdownHourly = new(nameof(UsageUserBreakdownHourly), UsageRollups.HourMs, typeof(UsageUserBreakdownHourly),
        ["OrganizationId", RollupTable.HourColumn, "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserBreakdownHourly(events).Select(d => new object?[]
        {
            d.OrganizationId, d.PeriodStartMs, d.EndUserId, d.Provider, d.Model, d.Team, d.Environment, d.DataMode,
            d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    public static readonly IReadOnlyList<RollupTable> All = [Hourly, Daily, LatencyHourly, LatencyDaily, UserDaily, UserBreakdownHourly];

    /// <summary>The declaration of the table <typeparamref name="T"/> rows are stored in.</summary>
    public static RollupTable Of<T>() => All.Single(t => t.RowType == typeof(T));

    private static string PeriodColumn(long periodMs) => periodMs == UsageRollups.HourMs ? RollupTable.HourColumn : RollupTable.DayColumn;

    private static RollupTable Usage<T>(long periodMs, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : UsageRollupRow =>
        new(typeof(T).Name, periodMs, typeof(T),
            ["OrganizationId", PeriodColumn(periodMs), "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId",
                "CacheOutcome", "Workflow"],
            UsageCounters,
            events => group(events).Select(h => new object?[]
            {
                h.OrganizationId, h.PeriodStartMs, h.Provider, h.Model, h.Team, h.Environment, h.DataMode, h.EndpointTag, h.PromptVersion, h.Status, h.ApiKeyId,
                h.CacheOutcome, h.Workflow, h.Requests, h.InputTokens, h.OutputTokens, h.CachedInputTokens, h.CacheWriteTokens, h.CostNanoUsd, h.UnpricedRequests, h.LatencySumMs, h.LatencyCount,
            }));

    private static RollupTable Latency<T>(long periodMs, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : LatencyRollupRow =>
        new(typeof(T).Name, periodMs, typeof(T),
            ["OrganizationId", PeriodColumn(periodMs), "Provider", "Model", "Team", "Environment", "DataMode"],
            ["Requests", .. Enumerable.Range(0, LatencyHistogram.Buckets).Select(LatencyHistogram.Column)],
            events => group(events).Select(l => new object?[]
            {
                l.OrganizationId, l.PeriodStartMs, l.Provider, l.Model, l.Team, l.Environment, l.DataMode, l.Requests,
            }.Concat(l.Counts.Cast<object?>()).ToArray()));
}
