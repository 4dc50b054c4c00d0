using System.Data.Common;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Ingest;
using AIntops.Infrastructure.Persistence;

namespace AIntops.Infrastructure.IngestData;

/// <summary>
/// Deletes matching events oldest first, <see cref="ChunkSize"/> per transaction. DELETE … RETURNING
/// yields exactly the rows this statement removed, so two concurrent cleanups never both subtract
/// a row; their contributions, grouped as ingest adds them (<see cref="UsageRollups"/>), are
/// subtracted from the rollups and rollup rows left without requests are removed.
/// </summary>
internal sealed class ChunkedIngestEraser(AppDbContext db, DimensionDirectory dimensions) : IIngestEraser
{
    public const int ChunkSize = 1000;

    /// <summary>Bound parameters per statement, under SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    private const int MaxParameters = 30_000;

    public async Task<long> DeleteAsync(Guid organizationId, string dataMode, Guid? sentByUserId, CancellationToken cancellationToken)
    {
        // Without refs, the organization (or sender) never sent an event: nothing to delete.
        if (await dimensions.FindAsync(organizationId, DimensionKind.Organization, "", cancellationToken) is not { } organizationRef) return 0;
        int? senderRef = null;
        if (sentByUserId is { } sender && (senderRef = await dimensions.FindAsync(organizationId, DimensionKind.Sender, sender.ToString(), cancellationToken)) is null)
            return 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            long deleted = 0, fromMs = long.MinValue;
            while (true)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var chunk = await DeleteChunkAsync(transaction, organizationRef, StoredCodes.DataMode.Of(dataMode), senderRef, fromMs, cancellationToken);
                foreach (var table in RollupTables.All) await SubtractAsync(transaction, table, table.RowsOf(chunk).ToList(), cancellationToken);
                if (chunk.Count > 0)
                {
                    await using var advance = Statement(transaction, IngestCommitter.AdvanceAnalyticsSql, 1);
                    await advance.ExecuteAsync(cancellationToken, organizationId);
                }
                await transaction.CommitAsync(cancellationToken);
                deleted += chunk.Count;
                if (chunk.Count < ChunkSize) return deleted;
                fromMs = chunk.Max(e => e.TimestampMs);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<List<LlmEvent>> DeleteChunkAsync(DbTransaction transaction, int organizationRef, long dataMode, int? senderRef,
        long fromMs, CancellationToken cancellationToken)
    {
        var bySender = senderRef is null ? "" : " AND \"SentByRef\" = @p3";
        await using var delete = Statement(transaction,
            "DELETE FROM \"LlmEvents\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"LlmEvents\" " +
            $"WHERE \"OrganizationRef\" = @p0 AND \"DataMode\" = @p1 AND \"TimestampMs\" >= @p2{bySender} ORDER BY \"TimestampMs\" LIMIT {ChunkSize}) " +
            $"RETURNING {string.Join(",", EventColumns.RollupInputs.Select(c => $"\"{c.Name}\""))}", senderRef is null ? 3 : 4);
        object?[] values = senderRef is null ? [organizationRef, dataMode, fromMs] : [organizationRef, dataMode, fromMs, senderRef];
        await using var reader = await delete.QueryAsync(cancellationToken, values);
        var rows = new List<LlmEvent>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(EventColumns.Read(reader, EventColumns.RollupInputs));
        return rows;
    }

    /// <summary>
    /// SQLite runs in-process, so one compiled UPDATE executed per rollup key is fastest (its planner
    /// scans the table for UPDATE … FROM). PostgreSQL pays a round trip per statement, so it gets one
    /// UPDATE … FROM (VALUES …) per chunk (VALUES columns are named column1, column2, …).
    /// </summary>
    private async Task SubtractAsync(DbTransaction transaction, RollupTable table, List<object?[]> deltas, CancellationToken cancellationToken)
    {
        if (deltas.Count == 0) return;
        var width = table.Keys.Length + table.Counters.Length;
        if (db.Database.IsSqlite())
        {
            await using var subtract = Statement(transaction, $"UPDATE \"{table.Name}\" {SetAndMatch(table, i => $"@p{i}")}", width);
            foreach (var delta in deltas) await subtract.ExecuteAsync(cancellationToken, delta);
        }
        else
            foreach (var slice in deltas.Chunk(MaxParameters / width))
            {
                var rows = string.Join(",", slice.Select((_, row) => $"({ReusedCommand.Placeholders(width, row * width)})"));
                await using var subtract = Statement(transaction,
                    $"UPDATE \"{table.Name}\" {SetAndMatch(table, i => $"d.column{i + 1}", $"FROM (VALUES {rows}) AS d ")}", slice.Length * width);
                await subtract.ExecuteAsync(cancellationToken, [.. slice.SelectMany(row => row)]);
            }

        await using var prune = Statement(transaction,
            $"DELETE FROM \"{table.Name}\" WHERE \"OrganizationRef\" = @p0 AND \"{table.PeriodColumn}\" BETWEEN @p1 AND @p2 AND \"Requests\" <= 0", 3);
        // Keys start with the organization and the period.
        await prune.ExecuteAsync(cancellationToken, deltas[0][0], deltas.Min(PeriodStart), deltas.Max(PeriodStart));
    }

    private static long PeriodStart(object?[] row) => (long)row[1]!;

    /// <param name="value">The SQL for the i-th value of a delta row (keys first, then counters).</param>
    private static string SetAndMatch(RollupTable table, Func<int, string> value, string from = "") =>
        "SET " + string.Join(",", table.Counters.Select((c, i) => $"\"{c}\" = \"{c}\" - {value(table.Keys.Length + i)}")) + " " + from +
        "WHERE " + string.Join(" AND ", table.Keys.Select((k, i) => $"\"{table.Name}\".\"{k}\" = {value(i)}"));

    private ReusedCommand Statement(DbTransaction transaction, string sql, int parameterCount) =>
        new ReusedCommand(db.Database.GetDbConnection(), db.Database.IsSqlite(), sql, parameterCount).In(transaction);
}
