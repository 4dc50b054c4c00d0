using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Ingest;
using AIntops.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AIntops.Infrastructure.IngestData;

/// <summary>The ingest writer's upsert of rollup counters, on the connection and transaction of the scope's database context.</summary>
internal sealed class RollupWriter(AppDbContext db) : IRollupWriter, IDisposable
{
    private IngestRows? _rows;

    public async Task AddAsync(RollupTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rollup deltas are added inside the caller's transaction.");
        _rows ??= transaction.Connection switch
        {
            SqliteConnection sqlite => new SqliteIngestRows(sqlite),
            NpgsqlConnection npgsql => new PostgresIngestRows(npgsql),
            var other => throw new NotSupportedException($"Rollups cannot be written through {other?.GetType().Name}."),
        };
        await _rows.AddAsync(transaction, table.Name, table.Keys, table.Counters, rows, cancellationToken);
    }

    public void Dispose() => _rows?.Dispose();
}
