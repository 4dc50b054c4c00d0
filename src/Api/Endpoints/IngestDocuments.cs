namespace AIntops.Api.Endpoints;

/// <summary>
/// The JSON shape of one ingest event, for the OpenAPI document. The endpoint parses the JSON
/// itself so that it can name every bad field at once; unknown fields are ignored.
/// </summary>
public sealed record IngestEventDocument(
    string ExternalRequestId,
    string Model,
    string? Provider,
    string? PromptVersion,
    string? EndpointTag,
    string? UserId,
    string? Team,
    long? InputTokens,
    long? OutputTokens,
    long? TotalTokens,
    long? CachedInputTokens,
    long? CacheWriteTokens,
    long? LatencyMs,
    string? Status,
    string? ErrorCode,
    string? DataMode,
    string? Environment,
    DateTimeOffset? Timestamp,
    string? PromptHash,
    decimal? CostUsd,
    Dictionary<string, object>? Metadata);

public sealed record BatchRequestDocument(IReadOnlyList<IngestEventDocument> Events);
