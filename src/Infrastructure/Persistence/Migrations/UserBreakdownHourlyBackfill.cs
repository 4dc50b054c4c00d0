namespace AIntops.Infrastructure.Persistence.Migrations;

/// <summary>
/// Moves the per-user breakdown from days to hours (the UserBreakdownHourly migration), in SQL both engines run: hourly rows are
/// rebuilt from the raw events, and what a daily row holds beyond its raw events (calls retention already removed) stays in
/// its day's first hour, so every day's sums are kept.
/// </summary>
public static class UserBreakdownHourlyBackfill
{
    private static readonly string[] Keys = ["OrganizationId", "PeriodStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode"];
    private static readonly string[] Counters = ["Requests", "InputTokens", "OutputTokens", "CostNanoUsd"];

    public static string Up()
    {
        // A daily row minus its day's raw events, by plain grouping (a join on computed keys is quadratic in SQLite).
        var daily = $"SELECT {List(Keys.Select(k => k == "PeriodStartMs" ? "\"DayStartMs\" AS \"PeriodStartMs\"" : Q(k)))}, {List(Counters.Select(Q))} FROM \"UsageUserBreakdownDaily\"";
        var beyondRawEvents = Summed($"{daily} UNION ALL {RawEvents(86_400_000, sign: "-")}",
            $" HAVING {string.Join(" OR ", Counters.Select(c => $"SUM({Q(c)}) <> 0"))}");
        return Insert("UsageUserBreakdownHourly", "HourStartMs", $"{RawEvents(3_600_000)} UNION ALL {beyondRawEvents}");
    }

    public static string Down() => Insert("UsageUserBreakdownDaily", "DayStartMs",
        $"SELECT {List(Keys.Select(k => k == "PeriodStartMs" ? "\"HourStartMs\" - \"HourStartMs\" % 86400000 AS \"PeriodStartMs\"" : Q(k)))}, {List(Counters.Select(Q))} " +
        "FROM \"UsageUserBreakdownHourly\"");

    /// <summary>One row per raw event: its keys (the period of <paramref name="periodMs"/> holding it) and counters (negated with sign "-").</summary>
    private static string RawEvents(long periodMs, string sign = "") =>
        $"SELECT \"OrganizationId\", \"TimestampMs\" - ((\"TimestampMs\" % {periodMs}) + {periodMs}) % {periodMs} AS \"PeriodStartMs\", " +
        "COALESCE(\"EndUserId\", '') AS \"EndUserId\", \"Provider\", \"Model\", COALESCE(\"Team\", '') AS \"Team\", \"Environment\", \"DataMode\", " +
        $"{sign}1 AS \"Requests\", {sign}\"InputTokens\" AS \"InputTokens\", {sign}\"OutputTokens\" AS \"OutputTokens\", {sign}\"CostNanoUsd\" AS \"CostNanoUsd\" " +
        "FROM \"LlmEvents\"";

    /// <summary>The counters of <paramref name="rows"/> (keys then counters, named as <see cref="Keys"/> and <see cref="Counters"/>) summed per key.</summary>
    private static string Summed(string rows, string having = "") =>
        $"SELECT {List(Keys.Select(Q))}, {List(Counters.Select(c => $"SUM({Q(c)}) AS {Q(c)}"))} FROM ({rows}) AS \"Rows\" GROUP BY {List(Keys.Select(Q))}{having}";

    private static string Insert(string table, string periodColumn, string rows) =>
        $"INSERT INTO {Q(table)} ({List(Keys.Select(k => Q(k == "PeriodStartMs" ? periodColumn : k)))}, {List(Counters.Select(Q))}) {Summed(rows)}";

    private static string Q(string name) => $"\"{name}\"";

    private static string List(IEnumerable<string> items) => string.Join(", ", items);
}
