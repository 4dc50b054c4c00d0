using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.IngestData;

/// <summary>A rollup table's natural key and counter columns, and a row's values in that order (keys first).</summary>
internal sealed record RollupTable<T>(string Name, string PeriodColumn, string[] Keys, string[] Counters, Func<T, object?[]> Values);

internal static class RollupTables
{
    public static readonly RollupTable<UsageHourly> Hourly = new("UsageHourly", "HourStartMs",
        ["OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId"],
        ["Requests", "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount"],
        h =>
        [
            h.OrganizationId, h.HourStartMs, h.Provider, h.Model, h.Team, h.Environment, h.DataMode, h.EndpointTag, h.PromptVersion, h.Status, h.ApiKeyId,
            h.Requests, h.InputTokens, h.OutputTokens, h.CachedInputTokens, h.CacheWriteTokens, h.CostNanoUsd, h.UnpricedRequests, h.LatencySumMs, h.LatencyCount,
        ]);

    public static readonly RollupTable<UsageUserDaily> UserDaily = new("UsageUserDaily", "DayStartMs",
        ["OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode"],
        ["Requests", "InputTokens", "OutputTokens", "CostNanoUsd"],
        d => [d.OrganizationId, d.DayStartMs, d.EndUserId, d.Environment, d.DataMode, d.Requests, d.InputTokens, d.OutputTokens, d.CostNanoUsd]);
}
