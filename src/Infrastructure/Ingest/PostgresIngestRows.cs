using System.Data.Common;
using Npgsql;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// PostgreSQL: all rows of a table in one statement, each column sent as one typed array and
/// expanded with unnest, so a commit costs one round trip and one plan per table, not per row.
/// </summary>
internal sealed class PostgresIngestRows(NpgsqlConnection connection) : IngestRows
{
    private readonly Dictionary<string, Dictionary<string, string>> _columnTypes = new();

    public override async Task<bool[]> InsertNewAsync(DbTransaction transaction, string table, string[] columns, string[] conflictKeys,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = await CommandAsync(transaction, table, columns, rows,
            $"ON CONFLICT ({Columns(conflictKeys)}) DO NOTHING RETURNING \"{columns[0]}\"", cancellationToken);
        var inserted = new HashSet<object>();
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) inserted.Add(reader.GetValue(0));
        return rows.Select(row => inserted.Contains(row[0]!)).ToArray();
    }

    public override async Task AddAsync(DbTransaction transaction, string table, string[] keys, string[] counters,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        // Rows in key order: concurrent writers (other instances) then lock rollup rows in the same order and cannot deadlock.
        var ordered = rows.OrderBy(row => row, new KeyOrder(keys.Length)).ToList();
        await using var upsert = await CommandAsync(transaction, table, [.. keys, .. counters], ordered, AddCounters(table, keys, counters), cancellationToken);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlCommand> CommandAsync(DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows,
        string conflict, CancellationToken cancellationToken)
    {
        var types = await ColumnTypesAsync(transaction, table, cancellationToken);
        var command = new NpgsqlCommand { Connection = connection, Transaction = (NpgsqlTransaction)transaction };
        for (var c = 0; c < columns.Length; c++)
            command.Parameters.Add(new NpgsqlParameter { ParameterName = "p" + c, Value = ColumnArray(types[columns[c]], rows, c) });
        var arrays = string.Join(",", columns.Select((name, c) => $"@p{c}::{types[name]}[]"));
        command.CommandText = $"INSERT INTO \"{table}\" ({Columns(columns)}) SELECT * FROM unnest({arrays}) {conflict}";
        return command;
    }

    private static Array ColumnArray(string type, IReadOnlyList<object?[]> rows, int column) => type switch
    {
        "uuid" => rows.Select(r => (Guid?)r[column]).ToArray(),
        "bigint" => rows.Select(r => r[column] is { } v ? Convert.ToInt64(v) : (long?)null).ToArray(),
        "integer" => rows.Select(r => r[column] is { } v ? Convert.ToInt32(v) : (int?)null).ToArray(),
        "boolean" => rows.Select(r => (bool?)r[column]).ToArray(),
        "timestamp with time zone" => rows.Select(r => (DateTime?)r[column]).ToArray(),
        _ => rows.Select(r => (string?)r[column]).ToArray(),
    };

    /// <summary>Each column's type as PostgreSQL names it (read once per table).</summary>
    private async Task<Dictionary<string, string>> ColumnTypesAsync(DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        if (_columnTypes.TryGetValue(table, out var known)) return known;
        await using var query = new NpgsqlCommand(
            "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = @t::regclass AND attnum > 0 AND NOT attisdropped",
            connection, (NpgsqlTransaction)transaction);
        query.Parameters.AddWithValue("t", $"\"{table}\"");
        var types = new Dictionary<string, string>();
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) types[reader.GetString(0)] = reader.GetString(1);
        return _columnTypes[table] = types;
    }

    private sealed class KeyOrder(int keyCount) : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < keyCount; i++)
            {
                var order = Comparer<object?>.Default.Compare(x![i], y![i]);
                if (order != 0) return order;
            }
            return 0;
        }
    }
}
