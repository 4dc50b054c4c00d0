namespace AIntops.Infrastructure.Persistence.Migrations;

/// <summary>
/// Splits the per-user daily rollup by provider (the ProviderInUserDailyRollup migrations), in SQL both engines run: each day's rows
/// come from the hourly per-user breakdown, and what a day's row held beyond the breakdown stays at provider ref 0, so every day's
/// sums are kept. Runs after the schema step, when every existing row has provider ref 0.
/// </summary>
public static class UserDailyProviderBackfill
{
    private const string Counters = "\"Requests\", \"InputTokens\", \"OutputTokens\", \"CostNanoUsd\"";
    private const string Keys = "\"OrganizationRef\", \"DayStartMs\", \"EndUserRef\", \"ProviderRef\", \"Environment\", \"DataMode\"";
    private const string AllZero = "\"Requests\" = 0 AND \"InputTokens\" = 0 AND \"OutputTokens\" = 0 AND \"CostNanoUsd\" = 0";

    public static IEnumerable<string> Up()
    {
        const string day = "\"HourStartMs\" - \"HourStartMs\" % 86400000";
        yield return Add(
            $"SELECT \"OrganizationRef\", {day} AS \"DayStartMs\", \"EndUserRef\", \"ProviderRef\", \"Environment\", \"DataMode\", {Counters} FROM \"UsageUserBreakdownHourly\" " +
            $"UNION ALL SELECT \"OrganizationRef\", {day}, \"EndUserRef\", 0, \"Environment\", \"DataMode\", " +
            "-\"Requests\", -\"InputTokens\", -\"OutputTokens\", -\"CostNanoUsd\" FROM \"UsageUserBreakdownHourly\"");
        yield return $"DELETE FROM \"UsageUserDaily\" WHERE {AllZero}";
    }

    public static IEnumerable<string> Down()
    {
        yield return Add(
            $"SELECT \"OrganizationRef\", \"DayStartMs\", \"EndUserRef\", 0 AS \"ProviderRef\", \"Environment\", \"DataMode\", {Counters} FROM \"UsageUserDaily\" " +
            "WHERE \"ProviderRef\" <> 0");
        yield return "DELETE FROM \"UsageUserDaily\" WHERE \"ProviderRef\" <> 0";
        yield return $"DELETE FROM \"UsageUserDaily\" WHERE {AllZero}";
    }

    /// <summary>Adds <paramref name="rows"/> (named as the table's keys and counters) summed per key to the rows with the same key, creating those missing.</summary>
    private static string Add(string rows) =>
        $"INSERT INTO \"UsageUserDaily\" ({Keys}, {Counters}) SELECT * FROM (SELECT {Keys}, SUM(\"Requests\"), SUM(\"InputTokens\"), SUM(\"OutputTokens\"), " +
        $"SUM(\"CostNanoUsd\") FROM ({rows}) AS \"Rows\" GROUP BY {Keys}) AS \"Summed\" WHERE true " +
        $"ON CONFLICT ({Keys}) DO UPDATE SET " +
        "\"Requests\" = \"UsageUserDaily\".\"Requests\" + excluded.\"Requests\", \"InputTokens\" = \"UsageUserDaily\".\"InputTokens\" + excluded.\"InputTokens\", " +
        "\"OutputTokens\" = \"UsageUserDaily\".\"OutputTokens\" + excluded.\"OutputTokens\", \"CostNanoUsd\" = \"UsageUserDaily\".\"CostNanoUsd\" + excluded.\"CostNanoUsd\"";
}
