using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Plan of new organizations. Self-hosted installs default to unlimited.</summary>
    public Plan DefaultPlan { get; set; } = Plan.Enterprise;

    /// <summary>Sustained events per second per API key (0 = unlimited); bursts up to <see cref="RateLimitBurst"/>.</summary>
    public int RateLimitPerKeyPerSecond { get; set; } = 5000;

    public int RateLimitBurst { get; set; } = 10000;

    /// <summary>Events waiting for the writer before new requests get 503 with Retry-After.</summary>
    public int WriterQueueCapacity { get; set; } = 50_000;

    /// <summary>Most events committed in one transaction.</summary>
    public int WriterMaxBatch { get; set; } = 2000;
}
