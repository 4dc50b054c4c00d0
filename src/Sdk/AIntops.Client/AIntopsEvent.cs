namespace AIntops.Client;

/// <summary>
/// One LLM call as AIntops ingests it (<c>POST /v1/ingest/batch</c>). Only <see cref="Model"/> is needed; the recorder
/// fills <see cref="ExternalRequestId"/> (a new GUID) and <see cref="Timestamp"/> (now) when they are missing, and
/// the defaults of <see cref="AIntopsOptions"/>.
/// </summary>
public sealed record AIntopsEvent
{
    public required string Model { get; init; }

    /// <summary>The idempotency key: an event with an id already recorded is counted once.</summary>
    public string? ExternalRequestId { get; init; }

    public string? Provider { get; init; }
    public string? PromptVersion { get; init; }
    public string? EndpointTag { get; init; }
    public string? UserId { get; init; }
    public string? Team { get; init; }

    /// <summary>All input tokens, cached and cache-write tokens included.</summary>
    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }
    public long? TotalTokens { get; init; }
    public long? CachedInputTokens { get; init; }
    public long? CacheWriteTokens { get; init; }
    public long? LatencyMs { get; init; }

    /// <summary>success or error (<see cref="AIntopsStatus"/>).</summary>
    public string? Status { get; init; }

    public string? ErrorCode { get; init; }
    public string? DataMode { get; init; }
    public string? Environment { get; init; }
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>A free JSON object (at most 4 KB on the wire); its <c>workflow</c> groups calls in the usage explorer.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}

/// <summary>The call statuses AIntops knows.</summary>
public static class AIntopsStatus
{
    public const string Success = "success";
    public const string Error = "error";
}
