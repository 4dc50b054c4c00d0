using System.Data.Common;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.IngestData;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Commits one group of events in one transaction: raw rows (skipping known external ids, also
/// within the group), hourly and per-user daily rollup increments, monthly plan usage and the
/// keys' last use.
/// </summary>
internal sealed class IngestCommitter(DbConnection connection, bool sqlite) : IAsyncDisposable
{
    private readonly Dictionary<string, ReusedCommand> _commands = new();

    private static readonly string[] EventColumns =
    [
        "Id", "OrganizationId", "ExternalRequestId", "ApiKeyId", "SentByUserId", "Provider", "Model", "PromptVersion", "EndpointTag",
        "EndUserId", "Team", "InputTokens", "OutputTokens", "TotalTokens", "CachedInputTokens", "CacheWriteTokens", "LatencyMs", "Status",
        "ErrorCode", "DataMode", "Environment", "TimestampMs", "ReceivedAtMs", "PromptHash", "ClientCostNanoUsd", "CostNanoUsd",
        "PriceKnown", "MetadataJson",
    ];

    public async Task<WriteOutcome[]> CommitAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcomes = new WriteOutcome[events.Count];
        var firstIndex = new Dictionary<(Guid, string), int>();
        var fresh = new List<LlmEvent>();
        var insert = Statement(transaction,
            $"INSERT INTO \"LlmEvents\" ({Columns(EventColumns)}) VALUES ({ReusedCommand.Placeholders(EventColumns.Length)}) " +
            "ON CONFLICT (\"OrganizationId\",\"ExternalRequestId\") DO NOTHING", EventColumns.Length);
        var existing = Statement(transaction,
            "SELECT \"Id\",\"CostNanoUsd\",\"PriceKnown\" FROM \"LlmEvents\" WHERE \"OrganizationId\" = @p0 AND \"ExternalRequestId\" = @p1", 2);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (firstIndex.TryGetValue((e.OrganizationId, e.ExternalRequestId), out var first))
                outcomes[i] = outcomes[first] with { Duplicate = true };
            else if (await insert.ExecuteAsync(cancellationToken, Values(e)) == 1)
            {
                outcomes[i] = new WriteOutcome(e.Id, false, e.CostNanoUsd, e.PriceKnown);
                fresh.Add(e);
            }
            else
            {
                await using var reader = await existing.QueryAsync(cancellationToken, e.OrganizationId, e.ExternalRequestId);
                await reader.ReadAsync(cancellationToken);
                outcomes[i] = new WriteOutcome(reader.GetFieldValue<Guid>(0), true, reader.GetInt64(1), reader.GetBoolean(2));
            }
            firstIndex.TryAdd((e.OrganizationId, e.ExternalRequestId), i);
        }
        if (fresh.Count > 0)
        {
            await UpsertHourlyAsync(transaction, fresh, cancellationToken);
            await UpsertUserDailyAsync(transaction, fresh, cancellationToken);
            await UpsertPlanUsageAsync(transaction, fresh, cancellationToken);
        }
        await TouchApiKeysAsync(transaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static object?[] Values(LlmEvent e) =>
    [
        e.Id, e.OrganizationId, e.ExternalRequestId, e.ApiKeyId, e.SentByUserId, e.Provider, e.Model, e.PromptVersion, e.EndpointTag,
        e.EndUserId, e.Team, e.InputTokens, e.OutputTokens, e.TotalTokens, e.CachedInputTokens, e.CacheWriteTokens, e.LatencyMs, e.Status,
        e.ErrorCode, e.DataMode, e.Environment, e.TimestampMs, e.ReceivedAtMs, e.PromptHash, e.ClientCostNanoUsd, e.CostNanoUsd,
        e.PriceKnown, e.MetadataJson,
    ];

    private Task UpsertHourlyAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken) =>
        UpsertAsync(transaction, RollupTables.Hourly.Name, RollupTables.Hourly.Keys, RollupTables.Hourly.Counters,
            UsageRollups.Hourly(events).Select(RollupTables.Hourly.Values), cancellationToken);

    private Task UpsertUserDailyAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken) =>
        UpsertAsync(transaction, RollupTables.UserDaily.Name, RollupTables.UserDaily.Keys, RollupTables.UserDaily.Counters,
            UsageRollups.UserDaily(events).Select(RollupTables.UserDaily.Values), cancellationToken);

    /// <summary>Only what applications send with an API key counts against the plan; demo data does not.</summary>
    private Task UpsertPlanUsageAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken) =>
        UpsertAsync(transaction, "PlanUsage", ["OrganizationId", "Month"], ["Requests"],
            events.Where(e => e.ApiKeyId is not null).GroupBy(e => (e.OrganizationId, Month: PlanLimiter.MonthOf(DateTimeOffset.FromUnixTimeMilliseconds(e.ReceivedAtMs).UtcDateTime)))
                .Select(g => new object?[] { g.Key.OrganizationId, g.Key.Month, (long)g.Count() }), cancellationToken);

    /// <summary>INSERT … ON CONFLICT (key) DO UPDATE SET counter = counter + excluded.counter, one row at a time.</summary>
    private async Task UpsertAsync(DbTransaction transaction, string table, string[] keys, string[] counters, IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var updates = string.Join(",", counters.Select(c => $"\"{c}\" = \"{table}\".\"{c}\" + excluded.\"{c}\""));
        var upsert = Statement(transaction,
            $"INSERT INTO \"{table}\" ({Columns([.. keys, .. counters])}) VALUES ({ReusedCommand.Placeholders(keys.Length + counters.Length)}) " +
            $"ON CONFLICT ({Columns(keys)}) DO UPDATE SET {updates}", keys.Length + counters.Length);
        foreach (var row in rows) await upsert.ExecuteAsync(cancellationToken, row);
    }

    /// <summary>Records when each key was last used, writing each key at most once a minute.</summary>
    private async Task TouchApiKeysAsync(DbTransaction transaction, IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(events.Max(e => e.ReceivedAtMs)).UtcDateTime;
        var touch = Statement(transaction,
            "UPDATE \"ApiKeys\" SET \"LastUsedAt\" = @p0 WHERE \"Id\" = @p2 AND (\"LastUsedAt\" IS NULL OR \"LastUsedAt\" < @p1)", 3);
        foreach (var keyId in events.Select(e => e.ApiKeyId).OfType<Guid>().Distinct())
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
    }

    private static string Columns(IEnumerable<string> names) => string.Join(",", names.Select(n => $"\"{n}\""));

}
