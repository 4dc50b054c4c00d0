using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.IngestData;

/// <summary>
/// A rollup table: its natural key (organization, then the period start, then dimensions) and counter
/// columns, and the rows a set of events contributes to it, values in that order (keys first).
/// </summary>
internal sealed record RollupTable(string Name, string PeriodColumn, string[] Keys, string[] Counters, Func<IEnumerable<LlmEvent>, IEnumerable<object?[]>> RowsOf);

internal static class RollupTables
{
    private static readonly string[] UserCounters = ["Requests", "InputTokens", "OutputTokens", "CostNanoUsd"];

    private static readonly string[] UsageCounters =
        ["Requests", "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount"];

    public static readonly RollupTable Hourly = Usage("UsageHourly", "HourStartMs", UsageRollups.Hourly);
    public static readonly RollupTable Daily = Usage("UsageDaily", "DayStartMs", UsageRollups.Daily);
    public static readonly RollupTable LatencyHourly = Latency("LatencyHourly", "HourStartMs", UsageRollups.LatencyHourly);
    public static readonly RollupTable LatencyDaily = Latency("LatencyDaily", "DayStartMs", UsageRollups.LatencyDaily);

    public static readonly RollupTable UserDaily = new("UsageUserDaily", "DayStartMs",
        ["OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserDaily(events).Select(d => new object?[]
        {
            d.OrganizationId, d.PeriodStartMs, d.EndUserId, d.Environment, d.DataMode, d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    public static readonly RollupTable UserBreakdownHourly = new("UsageUserBreakdownHourly", "HourStartMs",
        ["OrganizationId", "HourStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode"], UserCounters,
        events => UsageRollups.UserBreakdownHourly(events).Select(d => new object?[]
        {
            d.OrganizationId, d.PeriodStartMs, d.EndUserId, d.Provider, d.Model, d.Team, d.Environment, d.DataMode,
            d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd,
        }));

    /// <summary>Every rollup the raw events feed; writes, deletions and repricing keep all of them exact.</summary>
    public static readonly IReadOnlyList<RollupTable> All = [Hourly, Daily, LatencyHourly, LatencyDaily, UserDaily, UserBreakdownHourly];

    private static RollupTable Usage<T>(string name, string periodColumn, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : UsageRollupRow =>
        new(name, periodColumn,
            ["OrganizationId", periodColumn, "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId"],
            UsageCounters,
            events => group(events).Select(h => new object?[]
            {
                h.OrganizationId, h.PeriodStartMs, h.Provider, h.Model, h.Team, h.Environment, h.DataMode, h.EndpointTag, h.PromptVersion, h.Status, h.ApiKeyId,
                h.Requests, h.InputTokens, h.OutputTokens, h.CachedInputTokens, h.CacheWriteTokens, h.CostNanoUsd, h.UnpricedRequests, h.LatencySumMs, h.LatencyCount,
            }));

    private static RollupTable Latency<T>(string name, string periodColumn, Func<IEnumerable<LlmEvent>, IEnumerable<T>> group) where T : LatencyRollupRow =>
        new(name, periodColumn,
            ["OrganizationId", periodColumn, "Provider", "Model", "Team", "Environment", "DataMode"],
            ["Requests", .. Enumerable.Range(0, LatencyHistogram.Buckets).Select(LatencyHistogram.Column)],
            events => group(events).Select(l => new object?[]
            {
                l.OrganizationId, l.PeriodStartMs, l.Provider, l.Model, l.Team, l.Environment, l.DataMode, l.Requests,
            }.Concat(l.Counts.Cast<object?>()).ToArray()));
}
