using System.Data.Common;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// One parameterized command kept for the life of the writer's connection and executed per row.
/// SQLite keeps the compiled statement between executions, which makes this the fastest way to
/// write many rows; PostgreSQL runs it as a plain parameterized statement. Guids are passed the way
/// each provider's EF mapping stores them (upper-case text on SQLite, uuid on PostgreSQL).
/// </summary>
internal sealed class ReusedCommand : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly bool _sqlite;

    /// <param name="sql">Uses parameters @p0 … @p{parameterCount-1}.</param>
    public ReusedCommand(DbConnection connection, bool sqlite, string sql, int parameterCount)
    {
        _sqlite = sqlite;
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            _command.Parameters.Add(parameter);
        }
    }

    public ReusedCommand In(DbTransaction transaction)
    {
        _command.Transaction = transaction;
        return this;
    }

    public static string Placeholders(int count, int from = 0) => string.Join(",", Enumerable.Range(from, count).Select(i => "@p" + i));

    /// <returns>Rows affected.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DbDataReader> QueryAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteReaderAsync(cancellationToken);
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = ToDbValue(values[i], _sqlite);
    }

    public static object ToDbValue(object? value, bool sqlite) => value switch
    {
        null => DBNull.Value,
        Guid g when sqlite => g.ToString().ToUpperInvariant(),
        _ => value,
    };

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
