using System.Data.Common;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.IngestData;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Commits one group of events in one transaction: raw rows (skipping known external ids, also
/// within the group), hourly and per-user daily rollup increments, monthly plan usage and the
/// keys' last use.
/// </summary>
internal sealed class IngestCommitter(DbConnection connection, bool sqlite) : IAsyncDisposable
{
    private readonly Dictionary<string, ReusedCommand> _commands = new();
    private readonly IngestRows _rows = connection switch
    {
        SqliteConnection sqliteConnection => new SqliteIngestRows(sqliteConnection),
        NpgsqlConnection npgsqlConnection => new PostgresIngestRows(npgsqlConnection),
        _ => throw new NotSupportedException($"The ingest writer does not support {connection.GetType().Name}."),
    };

    public async Task<WriteOutcome[]> CommitAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var firstIndex = new Dictionary<(int, string), int>();
        var unique = new List<LlmEvent>();
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
            if (firstIndex.TryAdd((e.OrganizationRef, e.ExternalRequestId), i)) unique.Add(e);

        var inserted = await _rows.InsertNewAsync(transaction, "LlmEvents", EventColumns.Names, ["OrganizationRef", "ExternalRequestId"],
            unique.Select(e => EventColumns.Values(e, sqlite)).ToList(), cancellationToken);
        var stored = new Dictionary<(int, string), WriteOutcome>();
        var fresh = new List<LlmEvent>();
        for (var i = 0; i < unique.Count; i++)
        {
            var e = unique[i];
            if (inserted[i]) fresh.Add(e);
            stored[(e.OrganizationRef, e.ExternalRequestId)] = inserted[i]
                ? new WriteOutcome(e.Id, false, e.CostNanoUsd, e.PriceKnown)
                : await ExistingAsync(transaction, e, cancellationToken);
        }
        if (fresh.Count > 0)
        {
            foreach (var table in RollupTables.All)
                await UpsertAsync(transaction, table.Name, table.Keys, table.Counters, table.RowsOf(fresh), cancellationToken);
            await UpsertPlanUsageAsync(transaction, fresh, cancellationToken);
            await InsertContentAsync(transaction, fresh, cancellationToken);
            await AdvanceAsync(transaction, AdvanceAnalyticsSql, fresh.Where(e => IsLate(e, UsageRollups.DayMs)), cancellationToken);
            await AdvanceAsync(transaction, AdvanceLateHourSql, fresh.Where(e => IsLate(e, UsageRollups.HourMs) && !IsLate(e, UsageRollups.DayMs)),
                cancellationToken);
        }
        await TouchApiKeysAsync(transaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Select((e, i) =>
        {
            var outcome = stored[(e.OrganizationRef, e.ExternalRequestId)];
            return firstIndex[(e.OrganizationRef, e.ExternalRequestId)] == i ? outcome : outcome with { Duplicate = true };
        }).ToArray();
    }

    /// <summary>The stored event with the same external id (a retry of something already committed).</summary>
    private async Task<WriteOutcome> ExistingAsync(DbTransaction transaction, LlmEvent e, CancellationToken cancellationToken)
    {
        var existing = Statement(transaction,
            "SELECT \"Id\",\"CostNanoUsd\",\"PriceKnown\" FROM \"LlmEvents\" WHERE \"OrganizationRef\" = @p0 AND \"ExternalRequestId\" = @p1", 2);
        await using var reader = await existing.QueryAsync(cancellationToken, e.OrganizationRef, e.ExternalRequestId);
        await reader.ReadAsync(cancellationToken);
        return new WriteOutcome(EventColumns.ReadId(reader, 0, sqlite), true, reader.GetInt64(1), reader.GetBoolean(2));
    }

    /// <summary>The content of the events stored now, in the same transaction: acknowledged means stored, and a duplicate stores none.</summary>
    private async Task InsertContentAsync(DbTransaction transaction, List<LlmEvent> fresh, CancellationToken cancellationToken)
    {
        var contents = fresh.Select(e => e.Content).OfType<RequestContent>().ToList();
        if (contents.Count == 0) return;
        await _rows.InsertNewAsync(transaction, "RequestContents", ContentColumns, ["EventId"], contents.Select(c => new object?[]
            { EventColumns.StoredId(c.EventId, sqlite), c.OrganizationId, c.InputJson, c.OutputJson, c.Truncated, c.RedactionsJson, c.CreatedAtMs }).ToList(), cancellationToken);
    }

    private static readonly string[] ContentColumns = ["EventId", "OrganizationId", "InputJson", "OutputJson", "Truncated", "RedactionsJson", "CreatedAtMs"];

    /// <summary>Only what applications send with an API key counts against the plan; demo data does not.</summary>
    private Task UpsertPlanUsageAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken) =>
        UpsertAsync(transaction, "PlanUsage", ["OrganizationId", "Month"], ["Requests"],
            events.Where(e => e.ApiKeyRef is not null).GroupBy(e => (e.Labels.OrganizationId, Month: PlanLimiter.MonthOf(DateTimeOffset.FromUnixTimeMilliseconds(e.ReceivedAtMs).UtcDateTime)))
                .Select(g => new object?[] { g.Key.OrganizationId, g.Key.Month, (long)g.Count() }), cancellationToken);

    private Task UpsertAsync(DbTransaction transaction, string table, string[] keys, string[] counters, IEnumerable<object?[]> values,
        CancellationToken cancellationToken) =>
        _rows.AddAsync(transaction, table, keys, counters, values.ToList(), cancellationToken);

    /// <summary>An event for a day (or hour) that had ended when it arrived changes rollups that analytics may have cached as settled.</summary>
    private static bool IsLate(LlmEvent e, long periodMs) => UsageRollups.StartOf(e.TimestampMs, periodMs) < UsageRollups.StartOf(e.ReceivedAtMs, periodMs);

    public const string AdvanceAnalyticsSql = "UPDATE \"Organizations\" SET \"AnalyticsGeneration\" = \"AnalyticsGeneration\" + 1 WHERE \"Id\" = @p0";

    private const string AdvanceLateHourSql = "UPDATE \"Organizations\" SET \"LateHourGeneration\" = \"LateHourGeneration\" + 1 WHERE \"Id\" = @p0";

    /// <summary>See <see cref="Application.Analytics.SettledRollupCache"/>.</summary>
    private async Task AdvanceAsync(DbTransaction transaction, string sql, IEnumerable<LlmEvent> late, CancellationToken cancellationToken)
    {
        foreach (var organizationId in late.Select(e => e.Labels.OrganizationId).Distinct())
            await Statement(transaction, sql, 1).ExecuteAsync(cancellationToken, organizationId);
    }

    /// <summary>Records when each key was last used, writing each key at most once a minute.</summary>
    private async Task TouchApiKeysAsync(DbTransaction transaction, IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(events.Max(e => e.ReceivedAtMs)).UtcDateTime;
        var touch = Statement(transaction,
            "UPDATE \"ApiKeys\" SET \"LastUsedAt\" = @p0 WHERE \"Id\" = @p2 AND (\"LastUsedAt\" IS NULL OR \"LastUsedAt\" < @p1)", 3);
        foreach (var keyId in events.Select(e => e.Labels.ApiKeyId).OfType<Guid>().Distinct())
            await touch.ExecuteAsync(cancellationToken, now, now.AddMinutes(-1), keyId);
    }

    private ReusedCommand Statement(DbTransaction transaction, string sql, int parameterCount)
    {
        if (!_commands.TryGetValue(sql, out var command)) _commands[sql] = command = new ReusedCommand(connection, sqlite, sql, parameterCount);
        return command.In(transaction);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        _rows.Dispose();
    }

}
