namespace AIntops.Application.Ingest;

/// <summary>One validated telemetry event as sent to /v1/ingest (before defaults from the API key).</summary>
public sealed record IngestEvent
{
    public required string ExternalRequestId { get; init; }
    public required string? Provider { get; init; }
    public required string Model { get; init; }
    public required string? PromptVersion { get; init; }
    public required string? EndpointTag { get; init; }
    public required string? UserId { get; init; }
    public required string? Team { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long? TotalTokens { get; init; }
    public required long CachedInputTokens { get; init; }
    public required long CacheWriteTokens { get; init; }
    public required long? LatencyMs { get; init; }
    public required string Status { get; init; }
    public required string? ErrorCode { get; init; }
    public required string? DataMode { get; init; }
    public required string? Environment { get; init; }
    public required DateTime? Timestamp { get; init; }
    public required string? PromptHash { get; init; }
    public required decimal? CostUsd { get; init; }
    public required string? MetadataJson { get; init; }

    /// <summary>The metadata's <c>workflow</c> string.</summary>
    public required string? Workflow { get; init; }

    /// <summary>What was sent to the model, kept only when the organization stores content.</summary>
    public required ContentSide? Input { get; init; }

    /// <summary>What the model answered, kept only when the organization stores content.</summary>
    public required ContentSide? Output { get; init; }
}
