namespace AIntops.Infrastructure.Persistence.Migrations;

/// <summary>
/// Splits the usage rollups by cache outcome (the CacheOutcome migration), in SQL both engines run: rows are rebuilt from the raw
/// events with their outcome, and what a row held beyond its raw events (calls retention already removed) stays with no outcome
/// recorded (""), so every period's sums are kept. Down sums the outcomes of each key back into one row. The marker value
/// tells the rows being replaced from the ones replacing them while both are in the table.
/// </summary>
public static class CacheOutcomeBackfill
{
    private const string Marker = "'before'";

    private static readonly string[] Dimensions =
        ["OrganizationId", "PeriodStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId"];

    private static readonly string[] Counters =
        ["Requests", "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount"];

    private const string Outcome =
        "CASE WHEN \"CachedInputTokens\" > 0 THEN 'cache_read' WHEN \"CacheWriteTokens\" > 0 THEN 'cache_write' ELSE 'uncached' END";

    public static IEnumerable<string> Up(string table, string periodColumn, long periodMs)
    {
        yield return $"UPDATE {Q(table)} SET \"CacheOutcome\" = {Marker}";
        var before = $"SELECT {Stored(periodColumn)}, '' AS \"CacheOutcome\", {List(Counters.Select(Q))} FROM {Q(table)} WHERE \"CacheOutcome\" = {Marker}";
        yield return Insert(table, periodColumn,
            $"{RawEvents(periodMs, Outcome)} UNION ALL {before} UNION ALL {RawEvents(periodMs, "''", sign: "-")}",
            $" HAVING {string.Join(" OR ", Counters.Select(c => $"SUM({Q(c)}) <> 0"))}");
        yield return $"DELETE FROM {Q(table)} WHERE \"CacheOutcome\" = {Marker}";
    }

    public static IEnumerable<string> Down(string table, string periodColumn)
    {
        yield return Insert(table, periodColumn,
            $"SELECT {Stored(periodColumn)}, {Marker} AS \"CacheOutcome\", {List(Counters.Select(Q))} FROM {Q(table)}");
        yield return $"DELETE FROM {Q(table)} WHERE \"CacheOutcome\" <> {Marker}";
        yield return $"UPDATE {Q(table)} SET \"CacheOutcome\" = ''";
    }

    /// <summary>One row per raw event: its keys (the period of <paramref name="periodMs"/> holding it, <paramref name="outcome"/>) and counters (negated with sign "-").</summary>
    private static string RawEvents(long periodMs, string outcome, string sign = "") =>
        $"SELECT \"OrganizationId\", \"TimestampMs\" - ((\"TimestampMs\" % {periodMs}) + {periodMs}) % {periodMs} AS \"PeriodStartMs\", \"Provider\", \"Model\", " +
        "COALESCE(\"Team\", '') AS \"Team\", \"Environment\", \"DataMode\", COALESCE(\"EndpointTag\", '') AS \"EndpointTag\", " +
        "COALESCE(\"PromptVersion\", '') AS \"PromptVersion\", \"Status\", COALESCE(\"ApiKeyId\", '00000000-0000-0000-0000-000000000000') AS \"ApiKeyId\", " +
        $"{outcome} AS \"CacheOutcome\", {sign}1 AS \"Requests\", {sign}\"InputTokens\" AS \"InputTokens\", {sign}\"OutputTokens\" AS \"OutputTokens\", " +
        $"{sign}\"CachedInputTokens\" AS \"CachedInputTokens\", {sign}\"CacheWriteTokens\" AS \"CacheWriteTokens\", {sign}\"CostNanoUsd\" AS \"CostNanoUsd\", " +
        $"{sign}(CASE WHEN \"PriceKnown\" THEN 0 ELSE 1 END) AS \"UnpricedRequests\", {sign}COALESCE(\"LatencyMs\", 0) AS \"LatencySumMs\", " +
        $"{sign}(CASE WHEN \"LatencyMs\" IS NULL THEN 0 ELSE 1 END) AS \"LatencyCount\" FROM \"LlmEvents\"";

    /// <summary>A stored row's dimensions, its period column named PeriodStartMs.</summary>
    private static string Stored(string periodColumn) =>
        List(Dimensions.Select(d => d == "PeriodStartMs" ? $"{Q(periodColumn)} AS \"PeriodStartMs\"" : Q(d)));

    private static string Insert(string table, string periodColumn, string rows, string having = "")
    {
        string[] keys = [.. Dimensions, "CacheOutcome"];
        return $"INSERT INTO {Q(table)} ({List(keys.Select(k => Q(k == "PeriodStartMs" ? periodColumn : k)))}, {List(Counters.Select(Q))}) " +
            $"SELECT {List(keys.Select(Q))}, {List(Counters.Select(c => $"SUM({Q(c)}) AS {Q(c)}"))} FROM ({rows}) AS \"Rows\" " +
            $"GROUP BY {List(keys.Select(Q))}{having}";
    }

    private static string Q(string name) => $"\"{name}\"";

    private static string List(IEnumerable<string> items) => string.Join(", ", items);
}
