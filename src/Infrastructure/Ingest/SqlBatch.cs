using System.Data.Common;
using System.Text;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Builds one multi-row statement with positional parameters. Guids are passed the way each
/// provider's EF mapping stores them (upper-case text on SQLite, uuid on PostgreSQL).
/// </summary>
internal sealed class SqlBatch(DbCommand command, bool sqlite)
{
    private readonly StringBuilder _sql = new();

    public SqlBatch Append(string sql)
    {
        _sql.Append(sql);
        return this;
    }

    /// <summary>Appends "(@p0, @p1, …)" for one row.</summary>
    public SqlBatch Row(params object?[] values)
    {
        _sql.Append('(');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) _sql.Append(',');
            _sql.Append(Parameter(values[i]));
        }
        _sql.Append(')');
        return this;
    }

    public string Parameter(object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            Guid g when sqlite => g.ToString().ToUpperInvariant(),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }

    public DbCommand Build()
    {
        command.CommandText = _sql.ToString();
        return command;
    }
}
