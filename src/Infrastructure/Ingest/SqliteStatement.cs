using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// A statement compiled once on the writer's SQLite connection and run per row, binding values by
/// position straight into SQLite. ADO.NET's SqliteCommand looks every parameter up by name on every
/// execution, which was about a third of the writer's time. Values are bound the way EF Core's
/// SQLite mapping stores them (Guids as upper-case text, event ids as the bytes <see cref="EventColumns.StoredId"/> gives).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <returns>Rows changed.</returns>
    public int Execute(object?[] values)
    {
        raw.sqlite3_reset(_statement);
        for (var i = 0; i < values.Length; i++) Check(Bind(i + 1, values[i]));
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) Check(rc);
        return raw.sqlite3_changes(_db);
    }

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => BindText(index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        Guid guid => BindGuid(index, guid),
        byte[] blob => raw.sqlite3_bind_blob(_statement, index, blob),
        _ => throw new NotSupportedException($"The ingest writer does not bind {value.GetType().Name} values."),
    };

    /// <summary>Encodes into a stack buffer (SQLite copies bound text), so binding allocates nothing.</summary>
    private int BindText(int index, string text)
    {
        if (text.Length > 1024) return raw.sqlite3_bind_text(_statement, index, text);
        Span<byte> utf8 = stackalloc byte[text.Length * 3];
        return raw.sqlite3_bind_text(_statement, index, utf8[..Encoding.UTF8.GetBytes(text, utf8)]);
    }

    private int BindGuid(int index, Guid guid)
    {
        Span<byte> text = stackalloc byte[36];
        guid.TryFormat(text, out _);
        for (var i = 0; i < text.Length; i++)
            if (text[i] is >= (byte)'a' and <= (byte)'f') text[i] -= 'a' - 'A';
        return raw.sqlite3_bind_text(_statement, index, text);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();
}
