using System.Text.Json;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Requests;

/// <param name="CostUsd">Null when the model has no price (the call counts as unpriced).</param>
/// <param name="ClientCostUsd">The cost the client reported, if any.</param>
/// <param name="UserId">The calling application's end-user id.</param>
/// <param name="ApiKeyId">The API key the call was sent with (none for demo data); filters the log by that key.</param>
public sealed record RequestSummary(
    Guid Id, string ExternalRequestId, DateTime Timestamp, string Provider, string Model, string? EndpointTag, string? PromptVersion,
    string? Team, string? UserId, string Environment, string DataMode, string Status, string? ErrorCode,
    long InputTokens, long OutputTokens, long CachedInputTokens, long CacheWriteTokens, long? LatencyMs,
    decimal? CostUsd, bool PriceKnown, decimal? ClientCostUsd, string? ApiKeyPrefix, Guid? ApiKeyId);

/// <param name="Metadata">The JSON object sent as metadata.</param>
public sealed record RequestDetail(
    RequestSummary Request, long TotalTokens, string? PromptHash, DateTime ReceivedAt, string? ApiKeyName, JsonElement? Metadata);

/// <summary>An event with the API key it was sent with (none for demo data).</summary>
public sealed record RequestRow(LlmEvent Event, string? ApiKeyPrefix, string? ApiKeyName)
{
    public RequestSummary ToSummary() => new(
        Event.Id, Event.ExternalRequestId, FromUnixMs(Event.TimestampMs), Event.Provider, Event.Model, Event.EndpointTag, Event.PromptVersion,
        Event.Team, Event.EndUserId, Event.Environment, Event.DataMode, Event.Status, Event.ErrorCode,
        Event.InputTokens, Event.OutputTokens, Event.CachedInputTokens, Event.CacheWriteTokens, Event.LatencyMs,
        Event.PriceKnown ? NanoUsd.ToUsd(Event.CostNanoUsd) : null, Event.PriceKnown, NanoUsd.ToUsd(Event.ClientCostNanoUsd),
        ApiKeyPrefix, Event.ApiKeyId);

    public RequestDetail ToDetail() => new(ToSummary(), Event.TotalTokens, Event.PromptHash, FromUnixMs(Event.ReceivedAtMs), ApiKeyName,
        Event.MetadataJson is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null);

    private static DateTime FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}

public static class RequestRows
{
    public static IQueryable<RequestRow> WithApiKeys(this IQueryable<LlmEvent> events, IAppDbContext db) =>
        from e in events.AsNoTracking()
        join k in db.ApiKeys on e.ApiKeyId equals (Guid?)k.Id into keys
        from k in keys.DefaultIfEmpty()
        select new RequestRow(e, k == null ? null : k.Prefix, k == null ? null : k.Name);
}
