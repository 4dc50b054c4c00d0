namespace AIntops.Domain.Ingest;

/// <summary>
/// One rollup table, declared once: its name, period and row type, its natural key (the organization's ref, the period start, then
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
        ["OrganizationRef", RollupTable.DayColumn, "EndUserRef", "ProviderRef", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserDaily(events).Select(d => new object?[]
        {
            d.OrganizationRef, d.PeriodStartMs, d.EndUserRef, d.ProviderRef, Code(StoredCodes.Environment, d.Environment), Code(StoredCodes.DataMode, d.DataMode),
            d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    public static readonly RollupTable UserBreakdownHourly = new(nameof(UsageUserBreakdownHourly), UsageRollups.HourMs, typeof(UsageUserBreakdownHourly),
        ["OrganizationRef", RollupTable.HourColumn, "EndUserRef", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserBreakdownHourly(events).Select(d => new object?[]
        {
            d.OrganizationRef, d.PeriodStartMs, d.EndUserRef, d.ProviderRef, d.ModelRef, d.TeamRef, Code(StoredCodes.Environment, d.Environment),
            Code(StoredCodes.DataMode, d.DataMode), d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    public static readonly IReadOnlyList<RollupTable> All = [Hourly, Daily, LatencyHourly, LatencyDaily, UserDaily, UserBreakdownHourly];

    /// <summary>The declaration of the table <typeparamref name="T"/> rows are stored in.</summary>
    public static RollupTable Of<T>() => All.Single(t => t.RowType == typeof(T));

    /// <summary>A fixed word as the raw SQL stores it (the EF model converts the same way).</summary>
    private static long Code(StoredCode code, string word) => code.Of(word);

    private static string PeriodColumn(long periodMs) => periodMs == UsageRollups.HourMs ? RollupTable.HourColumn : RollupTable.DayColumn;

    private static RollupTable Usage<T>(long periodMs, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : UsageRollupRow =>
        new(typeof(T).Name, periodMs, typeof(T),
            ["OrganizationRef", PeriodColumn(periodMs), "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode", "EndpointTagRef", "PromptVersionRef",
                "Status", "ApiKeyRef", "CacheOutcome", "WorkflowRef"],
            UsageCounters,
            events => group(events).Select(h => new object?[]
            {
                h.OrganizationRef, h.PeriodStartMs, h.ProviderRef, h.ModelRef, h.TeamRef, Code(StoredCodes.Environment, h.Environment),
                Code(StoredCodes.DataMode, h.DataMode), h.EndpointTagRef, h.PromptVersionRef, Code(StoredCodes.Status, h.Status), h.ApiKeyRef,
                Code(StoredCodes.CacheOutcome, h.CacheOutcome), h.WorkflowRef, h.Requests, h.InputTokens, h.OutputTokens, h.CachedInputTokens, h.CacheWriteTokens, h.CostNanoUsd, h.UnpricedRequests, h.LatencySumMs, h.LatencyCount,
            }));

    private static RollupTable Latency<T>(long periodMs, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : LatencyRollupRow =>
        new(typeof(T).Name, periodMs, typeof(T),
            ["OrganizationRef", PeriodColumn(periodMs), "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode"],
            ["Requests", .. Enumerable.Range(0, LatencyHistogram.Buckets).Select(LatencyHistogram.Column)],
            events => group(events).Select(l => new object?[]
            {
                l.OrganizationRef, l.PeriodStartMs, l.ProviderRef, l.ModelRef, l.TeamRef, Code(StoredCodes.Environment, l.Environment),
                Code(StoredCodes.DataMode, l.DataMode), l.Requests,
            }.Concat(l.Counts.Cast<object?>()).ToArray()));
}
