namespace AIntops.Domain.Ingest;

/// <summary>
/// One LLM call reported on /v1/ingest. Append-mostly; analytics read the rollups instead. Its organization and dimensions are
/// stored as refs to <see cref="Dimension"/> rows (the <c>…Ref</c> properties); the labels beside them (organization id, provider,
/// model, …) are what ingest received and are not stored: reads that need them resolve the refs.
/// </summary>
public sealed class LlmEvent : IDimensionScoped
{
    public Guid Id { get; set; }
    public int OrganizationRef { get; set; }
    public string ExternalRequestId { get; set; } = "";
    public int? ApiKeyRef { get; set; }
    public int? SentByRef { get; set; }
    public int ProviderRef { get; set; }
    public int ModelRef { get; set; }
    public int? PromptVersionRef { get; set; }
    public int? EndpointTagRef { get; set; }
    public int? EndUserRef { get; set; }
    public int? TeamRef { get; set; }
    public int? WorkflowRef { get; set; }
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

    /// <summary>The stored input and output, when the organization keeps content; written and deleted with the event.</summary>
    public RequestContent? Content { get; set; }

    /// <summary>The labels of the refs: set by ingest, or by a read that resolved them; never stored.</summary>
    public EventLabels Labels { get; set; } = new();
}

/// <summary>The text and ids an event's refs stand for.</summary>
public sealed record EventLabels
{
    public Guid OrganizationId { get; init; }
    public Guid? ApiKeyId { get; init; }

    /// <summary>Who sent it: the creator of the API key, or the user who loaded demo data.</summary>
    public Guid? SentByUserId { get; init; }

    public string Provider { get; init; } = "";
    public string Model { get; init; } = "";
    public string? PromptVersion { get; init; }
    public string? EndpointTag { get; init; }

    /// <summary>The calling application's own end-user id (not an AIntops user).</summary>
    public string? EndUserId { get; init; }

    public string? Team { get; init; }

    /// <summary>The <c>workflow</c> string of the metadata, when sent; analytics fall back to the endpoint tag without one.</summary>
    public string? Workflow { get; init; }
}
