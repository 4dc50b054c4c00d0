namespace AIntops.Domain.Ingest;

/// <summary>One LLM call reported on /v1/ingest. Append-mostly; analytics read the rollups instead.</summary>
public sealed class LlmEvent : IOrganizationScoped
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public string ExternalRequestId { get; set; } = "";
    public Guid? ApiKeyId { get; set; }
    /// <summary>Who sent it: the creator of the API key, or the user who loaded demo data.</summary>
    public Guid? SentByUserId { get; set; }
    public string Provider { get; set; } = "";
    public string Model { get; set; } = "";
    public string? PromptVersion { get; set; }
    public string? EndpointTag { get; set; }
    /// <summary>The calling application's own end-user id (not an AIntops user).</summary>
    public string? EndUserId { get; set; }
    public string? Team { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long TotalTokens { get; set; }
    public long CachedInputTokens { get; set; }
    public long CacheWriteTokens { get; set; }
    public long? LatencyMs { get; set; }
    public string Status { get; set; } = CallStatuses.Success;
    public string? ErrorCode { get; set; }
    public string DataMode { get; set; } = DataModes.Real;
    public string Environment { get; set; } = Environments.Prod;
    public long TimestampMs { get; set; }
    public long ReceivedAtMs { get; set; }
    public string? PromptHash { get; set; }
    public long? ClientCostNanoUsd { get; set; }
    public long CostNanoUsd { get; set; }
    public bool PriceKnown { get; set; }
    public string? MetadataJson { get; set; }

    /// <summary>The <c>workflow</c> string of the metadata, when sent; analytics fall back to the endpoint tag without one.</summary>
    public string? Workflow { get; set; }

    /// <summary>The stored input and output, when the organization keeps content; written and deleted with the event.</summary>
    public RequestContent? Content { get; set; }
}
