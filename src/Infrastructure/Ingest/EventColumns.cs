using System.Data.Common;
using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Ingest;

/// <summary>A column of the raw events table: its name, the value an event stores in it, and how a read row sets it back.</summary>
public sealed record EventColumn(string Name, Func<LlmEvent, object?> Value, Action<LlmEvent, DbDataReader, int> Read);

/// <summary>
/// The raw events table's columns, declared once for the SQL the writer and the eraser build; the EF model is checked against it
/// at startup (<see cref="Persistence.RollupModelCheck"/>), so a property added to <see cref="LlmEvent"/> cannot be silently left unwritten.
/// </summary>
public static class EventColumns
{
    public static readonly EventColumn[] All =
    [
        new("Id", e => e.Id, (e, r, i) => e.Id = r.GetFieldValue<Guid>(i)),
        new("OrganizationRef", e => e.OrganizationRef, (e, r, i) => e.OrganizationRef = r.GetInt32(i)),
        new("ExternalRequestId", e => e.ExternalRequestId, (e, r, i) => e.ExternalRequestId = r.GetString(i)),
        new("ApiKeyRef", e => e.ApiKeyRef, (e, r, i) => e.ApiKeyRef = OptionalRef(r, i)),
        new("SentByRef", e => e.SentByRef, (e, r, i) => e.SentByRef = OptionalRef(r, i)),
        new("ProviderRef", e => e.ProviderRef, (e, r, i) => e.ProviderRef = r.GetInt32(i)),
        new("ModelRef", e => e.ModelRef, (e, r, i) => e.ModelRef = r.GetInt32(i)),
        new("PromptVersionRef", e => e.PromptVersionRef, (e, r, i) => e.PromptVersionRef = OptionalRef(r, i)),
        new("EndpointTagRef", e => e.EndpointTagRef, (e, r, i) => e.EndpointTagRef = OptionalRef(r, i)),
        new("EndUserRef", e => e.EndUserRef, (e, r, i) => e.EndUserRef = OptionalRef(r, i)),
        new("TeamRef", e => e.TeamRef, (e, r, i) => e.TeamRef = OptionalRef(r, i)),
        new("WorkflowRef", e => e.WorkflowRef, (e, r, i) => e.WorkflowRef = OptionalRef(r, i)),
        new("InputTokens", e => e.InputTokens, (e, r, i) => e.InputTokens = r.GetInt64(i)),
        new("OutputTokens", e => e.OutputTokens, (e, r, i) => e.OutputTokens = r.GetInt64(i)),
        new("TotalTokens", e => e.TotalTokens, (e, r, i) => e.TotalTokens = r.GetInt64(i)),
        new("CachedInputTokens", e => e.CachedInputTokens, (e, r, i) => e.CachedInputTokens = r.GetInt64(i)),
        new("CacheWriteTokens", e => e.CacheWriteTokens, (e, r, i) => e.CacheWriteTokens = r.GetInt64(i)),
        new("LatencyMs", e => e.LatencyMs, (e, r, i) => e.LatencyMs = r.IsDBNull(i) ? null : r.GetInt64(i)),
        new("Status", e => (long)StoredCodes.Status.Of(e.Status), (e, r, i) => e.Status = StoredCodes.Status.WordOf(r.GetInt64(i))),
        new("ErrorCode", e => e.ErrorCode, (e, r, i) => e.ErrorCode = OptionalString(r, i)),
        new("DataMode", e => (long)StoredCodes.DataMode.Of(e.DataMode), (e, r, i) => e.DataMode = StoredCodes.DataMode.WordOf(r.GetInt64(i))),
        new("Environment", e => (long)StoredCodes.Environment.Of(e.Environment), (e, r, i) => e.Environment = StoredCodes.Environment.WordOf(r.GetInt64(i))),
        new("TimestampMs", e => e.TimestampMs, (e, r, i) => e.TimestampMs = r.GetInt64(i)),
        new("ReceivedAtMs", e => e.ReceivedAtMs, (e, r, i) => e.ReceivedAtMs = r.GetInt64(i)),
        new("PromptHash", e => e.PromptHash, (e, r, i) => e.PromptHash = OptionalString(r, i)),
        new("ClientCostNanoUsd", e => e.ClientCostNanoUsd, (e, r, i) => e.ClientCostNanoUsd = r.IsDBNull(i) ? null : r.GetInt64(i)),
        new("CostNanoUsd", e => e.CostNanoUsd, (e, r, i) => e.CostNanoUsd = r.GetInt64(i)),
        new("PriceKnown", e => e.PriceKnown, (e, r, i) => e.PriceKnown = r.GetBoolean(i)),
        new("MetadataJson", e => e.MetadataJson, (e, r, i) => e.MetadataJson = OptionalString(r, i)),
    ];

    public static readonly string[] Names = [.. All.Select(c => c.Name)];

    /// <summary>What the rollups are computed from: the columns an eraser reads back from the rows it deletes.</summary>
    public static readonly EventColumn[] RollupInputs =
    [
        .. All.Where(c => c.Name is "OrganizationRef" or "TimestampMs" or "ProviderRef" or "ModelRef" or "TeamRef" or "Environment" or "DataMode"
            or "EndpointTagRef" or "WorkflowRef" or "PromptVersionRef" or "Status" or "ApiKeyRef" or "EndUserRef" or "InputTokens" or "OutputTokens"
            or "CachedInputTokens" or "CacheWriteTokens" or "CostNanoUsd" or "PriceKnown" or "LatencyMs"),
    ];

    /// <summary>The event's values in column order; on SQLite its id as the 16 bytes the EF model stores.</summary>
    public static object?[] Values(LlmEvent e, bool sqlite)
    {
        var values = new object?[All.Length];
        for (var i = 0; i < All.Length; i++) values[i] = All[i].Value(e);
        if (sqlite) values[0] = StoredId(e.Id, sqlite);
        return values;
    }

    /// <summary>An event id as the engine stores it (see <see cref="Persistence.SqliteAppDbContext.EventIdBytes"/>).</summary>
    public static object StoredId(Guid id, bool sqlite) => sqlite ? id.ToByteArray(bigEndian: true) : id;

    /// <summary>An event id read back as the engine stores it.</summary>
    public static Guid ReadId(DbDataReader row, int ordinal, bool sqlite) =>
        sqlite ? new Guid(row.GetFieldValue<byte[]>(ordinal), bigEndian: true) : row.GetGuid(ordinal);

    /// <summary>An event with the <paramref name="columns"/> of the current row set.</summary>
    public static LlmEvent Read(DbDataReader row, IReadOnlyList<EventColumn> columns)
    {
        var e = new LlmEvent();
        for (var i = 0; i < columns.Count; i++) columns[i].Read(e, row, i);
        return e;
    }

    private static string? OptionalString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static int? OptionalRef(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);
}
