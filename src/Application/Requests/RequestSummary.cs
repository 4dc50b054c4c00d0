using System.Text.Json;
using AIntops.Application.Ingest;
using AIntops.Application.Pricing;
using AIntops.Application.Teams;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Requests;

public sealed record RequestSummary
{
    public required Guid Id { get; init; }
    public required string ExternalRequestId { get; init; }
    public required DateTime Timestamp { get; init; }
    public required string Provider { get; init; }
    public required string Model { get; init; }
    public required string? EndpointTag { get; init; }
    public required string? PromptVersion { get; init; }
    public required string? Team { get; init; }

    /// <summary>The name of the defined team whose telemetry keys include <see cref="Team"/>; null for a key of no team.</summary>
    public required string? TeamName { get; init; }

    /// <summary>The calling application's end-user id.</summary>
    public required string? UserId { get; init; }

    public required string Environment { get; init; }
    public required string DataMode { get; init; }
    public required string Status { get; init; }
    public required string? ErrorCode { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long CachedInputTokens { get; init; }
    public required long CacheWriteTokens { get; init; }
    public required long? LatencyMs { get; init; }

    /// <summary>Null when the model has no price (the call counts as unpriced).</summary>
    public required decimal? CostUsd { get; init; }

    public required bool PriceKnown { get; init; }

    /// <summary>The cost the client reported, if any.</summary>
    public required decimal? ClientCostUsd { get; init; }

    public required string? ApiKeyPrefix { get; init; }

    /// <summary>The API key the call was sent with (none for demo data); filters the log by that key.</summary>
    public required Guid? ApiKeyId { get; init; }
}

/// <param name="Metadata">The JSON object sent as metadata.</param>
/// <param name="Content">The stored input and output; null when none was stored or the caller may not read it.</param>
/// <param name="ContentHidden">Content is stored but the organization shows it to owners and admins only.</param>
public sealed record RequestDetail(
    RequestSummary Request, long TotalTokens, string? PromptHash, DateTime ReceivedAt, string? ApiKeyName, JsonElement? Metadata,
    StoredContent? Content, bool ContentHidden);

/// <param name="Input">A string, or an array of <c>{role, content}</c> messages; null when the event sent no input.</param>
/// <param name="Output">Like <paramref name="Input"/>.</param>
/// <param name="Truncated">Input or output was cut to the configured size.</param>
/// <param name="Redactions">How many of each kind (email, secret, aws_key, bearer, jwt, card) were replaced by a placeholder.</param>
public sealed record StoredContent(JsonElement? Input, JsonElement? Output, bool Truncated, IReadOnlyDictionary<string, int> Redactions)
{
    public static StoredContent? From(RequestContent? content) => content is null ? null
        : new(Parse(content.InputJson), Parse(content.OutputJson), content.Truncated,
            JsonSerializer.Deserialize<Dictionary<string, int>>(content.RedactionsJson)!);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

/// <summary>An event with the API key it was sent with (none for demo data).</summary>
public sealed record RequestRow(LlmEvent Event, string? ApiKeyPrefix, string? ApiKeyName)
{
    public RequestSummary ToSummary(TeamMap teams) => new()
    {
        Id = Event.Id,
        ExternalRequestId = Event.ExternalRequestId,
        Timestamp = FromUnixMs(Event.TimestampMs),
        Provider = Event.Labels.Provider,
        Model = Event.Labels.Model,
        EndpointTag = Event.Labels.EndpointTag,
        PromptVersion = Event.Labels.PromptVersion,
        Team = Event.Labels.Team,
        TeamName = Event.Labels.Team is { } team ? teams.NameOf(team) : null,
        UserId = Event.Labels.EndUserId,
        Environment = Event.Environment,
        DataMode = Event.DataMode,
        Status = Event.Status,
        ErrorCode = Event.ErrorCode,
        InputTokens = Event.InputTokens,
        OutputTokens = Event.OutputTokens,
        CachedInputTokens = Event.CachedInputTokens,
        CacheWriteTokens = Event.CacheWriteTokens,
        LatencyMs = Event.LatencyMs,
        CostUsd = Event.PriceKnown ? NanoUsd.ToUsd(Event.CostNanoUsd) : null,
        PriceKnown = Event.PriceKnown,
        ClientCostUsd = NanoUsd.ToUsd(Event.ClientCostNanoUsd),
        ApiKeyPrefix = ApiKeyPrefix,
        ApiKeyId = Event.Labels.ApiKeyId,
    };

    public RequestDetail ToDetail(TeamMap teams, RequestContent? content, bool contentHidden) => new(ToSummary(teams), Event.TotalTokens, Event.PromptHash,
        FromUnixMs(Event.ReceivedAtMs), ApiKeyName, Event.MetadataJson is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null,
        StoredContent.From(content), contentHidden);

    private static DateTime FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}

public static class RequestRows
{
    /// <summary>The events (of the context's organization) labelled, each with the API key it was sent with.</summary>
    public static async Task<List<RequestRow>> RowsAsync(this IReadOnlyList<LlmEvent> events, IAppDbContext db, DimensionDirectory dimensions,
        CancellationToken cancellationToken)
    {
        await events.LabelAsync(dimensions, db.CurrentOrganizationId ?? throw new InvalidOperationException("Requests need an organization."), cancellationToken);
        var keyIds = events.Select(e => e.Labels.ApiKeyId).OfType<Guid>().Distinct().ToList();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => keyIds.Contains(k.Id)).Select(k => new { k.Id, k.Prefix, k.Name })
            .ToDictionaryAsync(k => k.Id, cancellationToken);
        return [.. events.Select(e => e.Labels.ApiKeyId is { } id && keys.TryGetValue(id, out var key)
            ? new RequestRow(e, key.Prefix, key.Name) : new RequestRow(e, null, null))];
    }
}
