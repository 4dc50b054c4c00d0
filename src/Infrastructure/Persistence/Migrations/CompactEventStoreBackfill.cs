using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Migrations;

/// <summary>
/// The CompactEventStore migration's data step, run after the ref columns are added and before the text columns are dropped
/// (docs/adr/0031-compact-event-store.md): every organization and every value found in raw events and rollups gets its
/// <see cref="Dimension"/> row, each row's refs are set from its texts (an empty rollup text is ref 0), and the fixed words
/// become their <see cref="StoredCodes"/>. On SQLite the event ids become their 16 bytes.
/// </summary>
public static class CompactEventStoreBackfill
{
    private static readonly string[] Rollups = ["UsageHourly", "UsageDaily", "LatencyHourly", "LatencyDaily", "UsageUserDaily", "UsageUserBreakdownHourly"];
    private static readonly string[] UsageRollups = ["UsageHourly", "UsageDaily"];
    private static readonly string[] DimensionRollups = ["UsageHourly", "UsageDaily", "LatencyHourly", "LatencyDaily", "UsageUserBreakdownHourly"];
    private static readonly string[] UserRollups = ["UsageUserDaily", "UsageUserBreakdownHourly"];

    /// <summary>Per kind: the text column and the tables holding it (the raw events table first).</summary>
    private static readonly (DimensionKind Kind, string Column, string Ref, string[] Rollups)[] Texts =
    [
        (DimensionKind.Provider, "Provider", "ProviderRef", DimensionRollups),
        (DimensionKind.Model, "Model", "ModelRef", DimensionRollups),
        (DimensionKind.Team, "Team", "TeamRef", DimensionRollups),
        (DimensionKind.EndpointTag, "EndpointTag", "EndpointTagRef", UsageRollups),
        (DimensionKind.PromptVersion, "PromptVersion", "PromptVersionRef", UsageRollups),
        (DimensionKind.EndUser, "EndUserId", "EndUserRef", UserRollups),
        (DimensionKind.ApiKey, "ApiKeyId", "ApiKeyRef", UsageRollups),
        (DimensionKind.Sender, "SentByUserId", "SentByRef", []),
        (DimensionKind.Workflow, "Workflow", "WorkflowRef", UsageRollups),
    ];

    public static IEnumerable<string> Up(bool postgres)
    {
        var organizations = string.Join(" UNION ", new[] { "SELECT \"Id\" AS o FROM \"Organizations\"", "SELECT \"OrganizationId\" FROM \"LlmEvents\"" }
            .Concat(Rollups.Select(t => $"SELECT \"OrganizationId\" FROM \"{t}\"")));
        yield return $"INSERT INTO \"Dimensions\" (\"OrganizationId\", \"Kind\", \"Value\") SELECT o, 0, '' FROM ({organizations}) AS organizations";
        foreach (var (kind, column, _, rollups) in Texts)
        {
            var values = string.Join(" UNION ", new[] { "LlmEvents" }.Concat(rollups)
                .Select(t => $"SELECT \"OrganizationId\" AS o, {Text(column, postgres, t)} AS v FROM \"{t}\""));
            yield return $"INSERT INTO \"Dimensions\" (\"OrganizationId\", \"Kind\", \"Value\") SELECT DISTINCT o, {(int)kind}, v FROM ({values}) AS found " +
                $"WHERE v IS NOT NULL AND v <> '' AND v <> '{Guid.Empty}'";
        }
        foreach (var table in new[] { "LlmEvents" }.Concat(Rollups))
        {
            var raw = table == "LlmEvents";
            var sets = new List<string> { $"\"OrganizationRef\" = {RefOf(table, 0, "''")}" };
            foreach (var (kind, column, reference, rollups) in Texts.Where(t => raw || t.Rollups.Contains(table)))
                sets.Add($"\"{reference}\" = {(raw ? RefOf(table, (int)kind, Text(column, postgres, table)) : $"COALESCE({RefOf(table, (int)kind, Text(column, postgres, table))}, 0)")}");
            yield return $"UPDATE \"{table}\" SET {string.Join(", ", sets)}";
            var codes = new List<string> { Code("DataMode", StoredCodes.DataMode, postgres), Code("Environment", StoredCodes.Environment, postgres) };
            if (raw || UsageRollups.Contains(table)) codes.Add(Code("Status", StoredCodes.Status, postgres));
            if (UsageRollups.Contains(table)) codes.Add(Code("CacheOutcome", StoredCodes.CacheOutcome, postgres));
            yield return $"UPDATE \"{table}\" SET {string.Join(", ", codes)}";
            if (postgres)
                yield return $"ALTER TABLE \"{table}\" " + string.Join(", ", codes.Select(c => c[..c.IndexOf(" = ", StringComparison.Ordinal)])
                    .Select(column => $"ALTER COLUMN {column} DROP DEFAULT, ALTER COLUMN {column} TYPE integer USING {column}::integer"));
        }
        if (postgres) yield break;
        // Checked when the migration commits, once both sides of the content's foreign key hold bytes.
        yield return "PRAGMA defer_foreign_keys = ON";
        yield return "UPDATE \"LlmEvents\" SET \"Id\" = unhex(replace(\"Id\", '-', ''))";
        yield return "UPDATE \"RequestContents\" SET \"EventId\" = unhex(replace(\"EventId\", '-', ''))";
    }

    /// <summary>Down, run after the text columns are added back and before the refs and the dictionary are dropped.</summary>
    public static IEnumerable<string> Down(bool postgres)
    {
        foreach (var table in new[] { "LlmEvents" }.Concat(Rollups))
        {
            var raw = table == "LlmEvents";
            var sets = new List<string> { $"\"OrganizationId\" = (SELECT d.\"OrganizationId\" FROM \"Dimensions\" d WHERE d.\"Id\" = \"{table}\".\"OrganizationRef\")" };
            foreach (var (_, column, reference, rollups) in Texts.Where(t => raw || t.Rollups.Contains(table)))
            {
                var value = $"(SELECT d.\"Value\" FROM \"Dimensions\" d WHERE d.\"Id\" = \"{table}\".\"{reference}\")";
                var guid = column is "ApiKeyId" or "SentByUserId";
                if (guid) value = postgres ? $"{value}::uuid" : $"upper({value})";
                sets.Add($"\"{column}\" = {(raw ? value : $"COALESCE({value}, {(guid ? postgres ? $"'{Guid.Empty}'::uuid" : $"'{Guid.Empty}'" : "''")})")}");
            }
            yield return $"UPDATE \"{table}\" SET {string.Join(", ", sets)}";
            var words = new List<string> { Word("DataMode", StoredCodes.DataMode), Word("Environment", StoredCodes.Environment) };
            if (raw || UsageRollups.Contains(table)) words.Add(Word("Status", StoredCodes.Status));
            if (UsageRollups.Contains(table)) words.Add(Word("CacheOutcome", StoredCodes.CacheOutcome));
            yield return $"UPDATE \"{table}\" SET {string.Join(", ", words)}";
        }
        if (postgres) yield break;
        yield return "PRAGMA defer_foreign_keys = ON";
        foreach (var (table, column) in new[] { ("LlmEvents", "Id"), ("RequestContents", "EventId") })
            yield return $"UPDATE \"{table}\" SET \"{column}\" = substr(hex(\"{column}\"), 1, 8) || '-' || substr(hex(\"{column}\"), 9, 4) || '-' || " +
                $"substr(hex(\"{column}\"), 13, 4) || '-' || substr(hex(\"{column}\"), 17, 4) || '-' || substr(hex(\"{column}\"), 21)";
    }

    /// <summary>A code back to its word (a column still holding numbers, or on PostgreSQL their text).</summary>
    private static string Word(string column, StoredCode code) =>
        $"\"{column}\" = CASE CAST(\"{column}\" AS TEXT) {string.Join(" ", code.Words.Select((word, i) => $"WHEN '{i}' THEN '{word}'"))} END";

    /// <summary>A text column as the dictionary holds it: GUIDs in lower case, as <see cref="Guid.ToString()"/> writes them.</summary>
    private static string Text(string column, bool postgres, string table) =>
        column is "ApiKeyId" or "SentByUserId" ? postgres ? $"\"{table}\".\"{column}\"::text" : $"lower(\"{table}\".\"{column}\")" : $"\"{table}\".\"{column}\"";

    private static string RefOf(string table, int kind, string value) =>
        $"(SELECT d.\"Id\" FROM \"Dimensions\" d WHERE d.\"OrganizationId\" = \"{table}\".\"OrganizationId\" AND d.\"Kind\" = {kind} AND d.\"Value\" = {value})";

    /// <summary>The word's code; on PostgreSQL as text, which the column's change of type then reads as a number.</summary>
    private static string Code(string column, StoredCode code, bool postgres) =>
        $"\"{column}\" = CASE \"{column}\" {string.Join(" ", code.Words.Select((word, i) => $"WHEN '{word}' THEN {(postgres ? $"'{i}'" : i)}"))} END";
}
