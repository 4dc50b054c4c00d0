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
        new("OrganizationId", e => e.OrganizationId, (e, r, i) => e.OrganizationId = r.GetFieldValue<Guid>(i)),
        new("ExternalRequestId", e => e.ExternalRequestId, (e, r, i) => e.ExternalRequestId = r.GetString(i)),
        new("ApiKeyId", e => e.ApiKeyId, (e, r, i) => e.ApiKeyId = r.IsDBNull(i) ? null : r.GetFieldValue<Guid>(i)),
        new("SentByUserId", e => e.SentByUserId, (e, r, i) => e.SentByUserId = r.IsDBNull(i) ? null : r.GetFieldValue<Guid>(i)),
        new("Provider", e => e.Provider, (e, r, i) => e.Provider = r.GetString(i)),
        new("Model", e => e.Model, (e, r, i) => e.Model = r.GetString(i)),
        new("PromptVersion", e => e.PromptVersion, (e, r, i) => e.PromptVersion = OptionalString(r, i)),
        new("EndpointTag", e => e.EndpointTag, (e, r, i) => e.EndpointTag = OptionalString(r, i)),
        new("EndUserId", e => e.EndUserId, (e, r, i) => e.EndUserId = OptionalString(r, i)),
        new("Team", e => e.Team, (e, r, i) => e.Team = OptionalString(r, i)),
        new("InputTokens", e => e.InputTokens, (e, r, i) => e.InputTokens = r.GetInt64(i)),
        new("OutputTokens", e => e.OutputTokens, (e, r, i) => e.OutputTokens = r.GetInt64(i)),
        new("TotalTokens", e => e.TotalTokens, (e, r, i) => e.TotalTokens = r.GetInt64(i)),
        new("CachedInputTokens", e => e.CachedInputTokens, (e, r, i) => e.CachedInputTokens = r.GetInt64(i)),
        new("CacheWriteTokens", e => e.CacheWriteTokens, (e, r, i) => e.CacheWriteTokens = r.GetInt64(i)),
        new("LatencyMs", e => e.LatencyMs, (e, r, i) => e.LatencyMs = r.IsDBNull(i) ? null : r.GetInt64(i)),
        new("Status", e => e.Status, (e, r, i) => e.Status = r.GetString(i)),
        new("ErrorCode", e => e.ErrorCode, (e, r, i) => e.ErrorCode = OptionalString(r, i)),
        new("DataMode", e => e.DataMode, (e, r, i) => e.DataMode = r.GetString(i)),
        new("Environment", e => e.Environment, (e, r, i) => e.Environment = r.GetString(i)),
        new("TimestampMs", e => e.TimestampMs, (e, r, i) => e.TimestampMs = r.GetInt64(i)),
        new("ReceivedAtMs", e => e.ReceivedAtMs, (e, r, i) => e.ReceivedAtMs = r.GetInt64(i)),
        new("PromptHash", e => e.PromptHash, (e, r, i) => e.PromptHash = OptionalString(r, i)),
        new("ClientCostNanoUsd", e => e.ClientCostNanoUsd, (e, r, i) => e.ClientCostNanoUsd = r.IsDBNull(i) ? null : r.GetInt64(i)),
        new("CostNanoUsd", e => e.CostNanoUsd, (e, r, i) => e.CostNanoUsd = r.GetInt64(i)),
        new("PriceKnown", e => e.PriceKnown, (e, r, i) => e.PriceKnown = r.GetBoolean(i)),
        new("MetadataJson", e => e.MetadataJson, (e, r, i) => e.MetadataJson = OptionalString(r, i)),
        new("Workflow", e => e.Workflow, (e, r, i) => e.Workflow = OptionalString(r, i)),
    ];

    public static readonly string[] Names = [.. All.Select(c => c.Name)];

    /// <summary>What the rollups are computed from: the columns an eraser reads back from the rows it deletes.</summary>
    public static readonly EventColumn[] RollupInputs =
    [
        .. All.Where(c => c.Name is "OrganizationId" or "TimestampMs" or "Provider" or "Model" or "Team" or "Environment" or "DataMode" or "EndpointTag" or "Workflow"
            or "PromptVersion" or "Status" or "ApiKeyId" or "EndUserId" or "InputTokens" or "OutputTokens" or "CachedInputTokens" or "CacheWriteTokens"
            or "CostNanoUsd" or "PriceKnown" or "LatencyMs"),
    ];

    public static object?[] Values(LlmEvent e)
    {
        var values = new object?[All.Length];
        for (var i = 0; i < All.Length; i++) values[i] = All[i].Value(e);
        return values;
    }

    /// <summary>An event with the <paramref name="columns"/> of the current row set.</summary>
    public static LlmEvent Read(DbDataReader row, IReadOnlyList<EventColumn> columns)
    {
        var e = new LlmEvent();
        for (var i = 0; i < columns.Count; i++) columns[i].Read(e, row, i);
        return e;
    }

    private static string? OptionalString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
