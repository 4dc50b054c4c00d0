using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AIntops.Infrastructure.Ingest;

/// <summary>SQLite: one statement per SQL text, compiled once for the connection's life and stepped per row.</summary>
internal sealed class SqliteIngestRows(SqliteConnection connection) : IngestRows
{
    private readonly Dictionary<string, SqliteStatement> _statements = new();

    public override Task<bool[]> InsertNewAsync(DbTransaction transaction, string table, string[] columns, string[] conflictKeys,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var insert = Statement($"INSERT INTO \"{table}\" ({Columns(columns)}) VALUES ({Placeholders(columns.Length)}) " +
            $"ON CONFLICT ({Columns(conflictKeys)}) DO NOTHING");
        return Task.FromResult(rows.Select(row => insert.Execute(row) == 1).ToArray());
    }

    public override Task AddAsync(DbTransaction transaction, string table, string[] keys, string[] counters,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var upsert = Statement($"INSERT INTO \"{table}\" ({Columns([.. keys, .. counters])}) VALUES ({Placeholders(keys.Length + counters.Length)}) " +
            AddCounters(table, keys, counters));
        foreach (var row in rows) upsert.Execute(row);
        return Task.CompletedTask;
    }

    /// <summary>Each distinct SQL text is compiled once, so two writes of one table with different columns never share a statement.</summary>
    private SqliteStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new SqliteStatement(connection, sql);
        return statement;
    }

    private static string Placeholders(int count) => string.Join(",", Enumerable.Repeat("?", count));

    public override void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
    }
}
