using System.Data.Common;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Commits one group of events in one transaction: raw rows (skipping known external ids, also
/// within the group), hourly and per-user daily rollup increments, and monthly plan usage.
/// </summary>
internal sealed class IngestCommitter(DbConnection connection, bool sqlite)
{
    private const int RowsPerStatement = 500;
    private const long HourMs = 3_600_000, DayMs = 86_400_000;

    public async Task<WriteOutcome[]> CommitAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var firstIndex = new Dictionary<(Guid, string), int>();
        var unique = new List<LlmEvent>();
        for (var i = 0; i < events.Count; i++)
            if (firstIndex.TryAdd((events[i].OrganizationId, events[i].ExternalRequestId), i)) unique.Add(events[i]);

        var inserted = new HashSet<Guid>();
        foreach (var chunk in unique.Chunk(RowsPerStatement))
            await InsertEventsAsync(transaction, chunk, inserted, cancellationToken);
        var stored = inserted.Count == unique.Count
            ? new Dictionary<(Guid, string), WriteOutcome>()
            : await FindExistingAsync(transaction, unique.Where(e => !inserted.Contains(e.Id)).ToList(), cancellationToken);

        var fresh = unique.Where(e => inserted.Contains(e.Id)).ToList();
        if (fresh.Count > 0)
        {
            await UpsertHourlyAsync(transaction, fresh, cancellationToken);
            await UpsertUserDailyAsync(transaction, fresh, cancellationToken);
            await UpsertPlanUsageAsync(transaction, fresh, cancellationToken);
        }
        await TouchApiKeysAsync(transaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return events.Select((e, i) =>
        {
            var first = events[firstIndex[(e.OrganizationId, e.ExternalRequestId)]];
            if (inserted.Contains(first.Id)) return new WriteOutcome(first.Id, i != firstIndex[(e.OrganizationId, e.ExternalRequestId)], first.CostNanoUsd, first.PriceKnown);
            return stored[(e.OrganizationId, e.ExternalRequestId)];
        }).ToArray();
    }

    private async Task InsertEventsAsync(DbTransaction transaction, IReadOnlyList<LlmEvent> rows, HashSet<Guid> inserted, CancellationToken cancellationToken)
    {
        var batch = NewBatch(transaction).Append("""
            INSERT INTO "LlmEvents" ("Id","OrganizationId","ExternalRequestId","ApiKeyId","SentByUserId","Provider","Model","PromptVersion",
            "EndpointTag","EndUserId","Team","InputTokens","OutputTokens","TotalTokens","CachedInputTokens","CacheWriteTokens","LatencyMs",
            "Status","ErrorCode","DataMode","Environment","TimestampMs","ReceivedAtMs","PromptHash","ClientCostNanoUsd","CostNanoUsd",
            "PriceKnown","MetadataJson") VALUES 
            """);
        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i];
            if (i > 0) batch.Append(",");
            batch.Row(e.Id, e.OrganizationId, e.ExternalRequestId, e.ApiKeyId, e.SentByUserId, e.Provider, e.Model, e.PromptVersion,
                e.EndpointTag, e.EndUserId, e.Team, e.InputTokens, e.OutputTokens, e.TotalTokens, e.CachedInputTokens, e.CacheWriteTokens, e.LatencyMs,
                e.Status, e.ErrorCode, e.DataMode, e.Environment, e.TimestampMs, e.ReceivedAtMs, e.PromptHash, e.ClientCostNanoUsd, e.CostNanoUsd,
                e.PriceKnown, e.MetadataJson);
        }
        batch.Append(""" ON CONFLICT ("OrganizationId","ExternalRequestId") DO NOTHING RETURNING "Id" """);
        await using var command = batch.Build();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) inserted.Add(reader.GetFieldValue<Guid>(0));
    }

    private async Task<Dictionary<(Guid, string), WriteOutcome>> FindExistingAsync(DbTransaction transaction, List<LlmEvent> duplicates, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(Guid, string), WriteOutcome>();
        foreach (var group in duplicates.GroupBy(e => e.OrganizationId))
        foreach (var chunk in group.Chunk(RowsPerStatement))
        {
            var batch = NewBatch(transaction);
            batch.Append($"""SELECT "Id","ExternalRequestId","CostNanoUsd","PriceKnown" FROM "LlmEvents" WHERE "OrganizationId" = {batch.Parameter(group.Key)} AND "ExternalRequestId" IN (""");
            batch.Append(string.Join(",", chunk.Select(e => batch.Parameter(e.ExternalRequestId)))).Append(")");
            await using var command = batch.Build();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found[(group.Key, reader.GetString(1))] = new WriteOutcome(reader.GetFieldValue<Guid>(0), true, reader.GetInt64(2), reader.GetBoolean(3));
        }
        return found;
    }

    private Task UpsertHourlyAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken)
    {
        var groups = events.GroupBy(e => (e.OrganizationId, Hour: e.TimestampMs - Mod(e.TimestampMs, HourMs), e.Provider, e.Model, Team: e.Team ?? "",
            e.Environment, e.DataMode, EndpointTag: e.EndpointTag ?? "", PromptVersion: e.PromptVersion ?? "", e.Status, ApiKeyId: e.ApiKeyId ?? Guid.Empty));
        return UpsertAsync(transaction, "UsageHourly",
            ["OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId"],
            ["Requests", "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount"],
            groups.Select(g => new object?[]
            {
                g.Key.OrganizationId, g.Key.Hour, g.Key.Provider, g.Key.Model, g.Key.Team, g.Key.Environment, g.Key.DataMode, g.Key.EndpointTag,
                g.Key.PromptVersion, g.Key.Status, g.Key.ApiKeyId,
                (long)g.Count(), g.Sum(e => e.InputTokens), g.Sum(e => e.OutputTokens), g.Sum(e => e.CachedInputTokens), g.Sum(e => e.CacheWriteTokens),
                g.Sum(e => e.CostNanoUsd), (long)g.Count(e => !e.PriceKnown), g.Sum(e => e.LatencyMs ?? 0), (long)g.Count(e => e.LatencyMs is not null),
            }), cancellationToken);
    }

    private Task UpsertUserDailyAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken)
    {
        var groups = events.GroupBy(e => (e.OrganizationId, Day: e.TimestampMs - Mod(e.TimestampMs, DayMs), EndUserId: e.EndUserId ?? "", e.Environment, e.DataMode));
        return UpsertAsync(transaction, "UsageUserDaily",
            ["OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode"],
            ["Requests", "InputTokens", "OutputTokens", "CostNanoUsd"],
            groups.Select(g => new object?[]
            {
                g.Key.OrganizationId, g.Key.Day, g.Key.EndUserId, g.Key.Environment, g.Key.DataMode,
                (long)g.Count(), g.Sum(e => e.InputTokens), g.Sum(e => e.OutputTokens), g.Sum(e => e.CostNanoUsd),
            }), cancellationToken);
    }

    private Task UpsertPlanUsageAsync(DbTransaction transaction, List<LlmEvent> events, CancellationToken cancellationToken)
    {
        var groups = events.GroupBy(e => (e.OrganizationId, Month: PlanLimiter.MonthOf(DateTimeOffset.FromUnixTimeMilliseconds(e.ReceivedAtMs).UtcDateTime)));
        return UpsertAsync(transaction, "PlanUsage", ["OrganizationId", "Month"], ["Requests"],
            groups.Select(g => new object?[] { g.Key.OrganizationId, g.Key.Month, (long)g.Count() }), cancellationToken);
    }

    /// <summary>Records when each key was last used, writing each key at most once a minute.</summary>
    private async Task TouchApiKeysAsync(DbTransaction transaction, IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        var keyIds = events.Select(e => e.ApiKeyId).OfType<Guid>().Distinct().ToList();
        if (keyIds.Count == 0) return;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(events.Max(e => e.ReceivedAtMs)).UtcDateTime;
        var batch = NewBatch(transaction);
        batch.Append($"""UPDATE "ApiKeys" SET "LastUsedAt" = {batch.Parameter(now)} WHERE ("LastUsedAt" IS NULL OR "LastUsedAt" < {batch.Parameter(now.AddMinutes(-1))}) AND "Id" IN (""")
            .Append(string.Join(",", keyIds.Select(id => batch.Parameter(id)))).Append(")");
        await using var command = batch.Build();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>INSERT … ON CONFLICT (key) DO UPDATE SET counter = counter + excluded.counter, in chunks.</summary>
    private async Task UpsertAsync(DbTransaction transaction, string table, string[] keys, string[] counters, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(",", keys.Concat(counters).Select(c => $"\"{c}\""));
        var updates = string.Join(",", counters.Select(c => $"\"{c}\" = \"{table}\".\"{c}\" + excluded.\"{c}\""));
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var batch = NewBatch(transaction).Append($"INSERT INTO \"{table}\" ({columns}) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) batch.Append(",");
                batch.Row(chunk[i]);
            }
            batch.Append($" ON CONFLICT ({string.Join(",", keys.Select(k => $"\"{k}\""))}) DO UPDATE SET {updates}");
            await using var command = batch.Build();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private SqlBatch NewBatch(DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        return new SqlBatch(command, sqlite);
    }

    private static long Mod(long value, long period) => ((value % period) + period) % period;
}
