namespace AIntops.Application.Ingest;

/// <summary>One validated telemetry event as sent to /v1/ingest (before defaults from the API key).</summary>
public sealed record IngestEvent(
    string ExternalRequestId,
    string? Provider,
    string Model,
    string? PromptVersion,
    string? EndpointTag,
    string? UserId,
    string? Team,
    long InputTokens,
    long OutputTokens,
    long? TotalTokens,
    long CachedInputTokens,
    long CacheWriteTokens,
    long? LatencyMs,
    string Status,
    string? ErrorCode,
    string? DataMode,
    string? Environment,
    DateTime? Timestamp,
    string? PromptHash,
    decimal? CostUsd,
    string? MetadataJson);
