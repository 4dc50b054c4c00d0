using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Migrations;

/// <summary>
/// Fills the rollups added by the AnalyticsRollups migration from the raw events. Written once for
/// that migration, in SQL both engines run; grouping matches <see cref="UsageRollups"/>.
/// </summary>
public static class AnalyticsRollupsBackfill
{
    private const string Day = "\"TimestampMs\" - ((\"TimestampMs\" % 86400000) + 86400000) % 86400000";
    private const string Hour = "\"TimestampMs\" - ((\"TimestampMs\" % 3600000) + 3600000) % 3600000";
    private const string Team = "COALESCE(\"Team\", '')";

    public static IEnumerable<string> Statements()
    {
        yield return "INSERT INTO \"UsageUserBreakdownDaily\" (\"OrganizationId\",\"DayStartMs\",\"EndUserId\",\"Provider\",\"Model\",\"Team\",\"Environment\",\"DataMode\"," +
            "\"Requests\",\"InputTokens\",\"OutputTokens\",\"CostNanoUsd\") " +
            $"SELECT \"OrganizationId\", {Day}, COALESCE(\"EndUserId\", ''), \"Provider\", \"Model\", {Team}, \"Environment\", \"DataMode\", " +
            "COUNT(*), SUM(\"InputTokens\"), SUM(\"OutputTokens\"), SUM(\"CostNanoUsd\") FROM \"LlmEvents\" " +
            $"GROUP BY \"OrganizationId\", {Day}, COALESCE(\"EndUserId\", ''), \"Provider\", \"Model\", {Team}, \"Environment\", \"DataMode\"";

        const string dimensions = $"\"Provider\", \"Model\", {Team}, \"Environment\", \"DataMode\", COALESCE(\"EndpointTag\", ''), " +
            "COALESCE(\"PromptVersion\", ''), \"Status\", COALESCE(\"ApiKeyId\", '00000000-0000-0000-0000-000000000000')";
        yield return "INSERT INTO \"UsageDaily\" (\"OrganizationId\",\"DayStartMs\",\"Provider\",\"Model\",\"Team\",\"Environment\",\"DataMode\",\"EndpointTag\"," +
            "\"PromptVersion\",\"Status\",\"ApiKeyId\",\"Requests\",\"InputTokens\",\"OutputTokens\",\"CachedInputTokens\",\"CacheWriteTokens\",\"CostNanoUsd\"," +
            "\"UnpricedRequests\",\"LatencySumMs\",\"LatencyCount\") " +
            $"SELECT \"OrganizationId\", {Day}, {dimensions}, COUNT(*), SUM(\"InputTokens\"), SUM(\"OutputTokens\"), SUM(\"CachedInputTokens\"), " +
            "SUM(\"CacheWriteTokens\"), SUM(\"CostNanoUsd\"), SUM(CASE WHEN \"PriceKnown\" THEN 0 ELSE 1 END), SUM(COALESCE(\"LatencyMs\", 0)), " +
            $"COUNT(\"LatencyMs\") FROM \"LlmEvents\" GROUP BY \"OrganizationId\", {Day}, {dimensions}";

        var columns = string.Concat(Enumerable.Range(0, LatencyHistogram.Buckets).Select(b => $",\"{LatencyHistogram.Column(b)}\""));
        var counts = string.Concat(Enumerable.Range(0, LatencyHistogram.Buckets).Select(b =>
            $", SUM(CASE WHEN \"LatencyMs\" >= {LatencyHistogram.LowerBoundMs(b)}" +
            (b < LatencyHistogram.UpperBoundsMs.Length ? $" AND \"LatencyMs\" < {LatencyHistogram.UpperBoundsMs[b]}" : "") + " THEN 1 ELSE 0 END)"));
        foreach (var (table, period, start) in new[] { ("LatencyHourly", "HourStartMs", Hour), ("LatencyDaily", "DayStartMs", Day) })
            yield return $"INSERT INTO \"{table}\" (\"OrganizationId\",\"{period}\",\"Provider\",\"Model\",\"Team\",\"Environment\",\"DataMode\",\"Requests\"{columns}) " +
                $"SELECT \"OrganizationId\", {start}, \"Provider\", \"Model\", {Team}, \"Environment\", \"DataMode\", COUNT(*){counts} FROM \"LlmEvents\" " +
                $"WHERE \"LatencyMs\" IS NOT NULL GROUP BY \"OrganizationId\", {start}, \"Provider\", \"Model\", {Team}, \"Environment\", \"DataMode\"";
    }
}
