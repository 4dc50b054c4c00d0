namespace AIntops.Domain.Providers;

public enum ProviderUsageKind { Usage, Cost }

public enum ProviderBucketWidth { Hour, Day }

/// <summary>
/// One bucket of provider-reported (billed) usage or cost, upserted on its natural key: connection,
/// kind, bucket width and start, model, project/workspace, API key. Empty strings stand for a
/// missing dimension so the key stays unique. Kept apart from ingested telemetry and never added
/// to its rollups.
/// </summary>
public sealed class ProviderUsage : IOrganizationScoped
{
    public const int DimensionMaxLength = 200;

    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ConnectionId { get; set; }
    public string Provider { get; set; } = "";
    public ProviderUsageKind Kind { get; set; }
    public ProviderBucketWidth BucketWidth { get; set; }
    public long BucketStartMs { get; set; }
    public string Model { get; set; } = "";
    public string ProjectId { get; set; } = "";
    public string ApiKeyId { get; set; } = "";
    public long UncachedInputTokens { get; set; }
    public long CachedInputTokens { get; set; }
    public long CacheWrite5mTokens { get; set; }
    public long CacheWrite1hTokens { get; set; }
    public long OutputTokens { get; set; }
    /// <summary>Null when the provider reports no request counts (Anthropic) and for cost rows.</summary>
    public long? Requests { get; set; }
    public long CostNanoUsd { get; set; }
}
