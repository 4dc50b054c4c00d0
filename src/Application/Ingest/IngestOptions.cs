using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Plan of new organizations. Unset: Enterprise (unlimited) for self-hosted installs, Free when <c>Plans:EnforceFeatures</c> is on.</summary>
    public Plan? DefaultPlan { get; set; }

    /// <summary>Sustained events per second per API key (0 = unlimited); bursts up to <see cref="RateLimitBurst"/>. A batch takes one permit per event.</summary>
    public int RateLimitPerKeyPerSecond { get; set; } = 5000;

    public int RateLimitBurst { get; set; } = 10000;

    /// <summary>Requests with an unknown or revoked API key per client address per minute before 429.</summary>
    public int InvalidKeysPerClientPerMinute { get; set; } = 30;

    /// <summary>Events waiting for the writer before new requests get 503 with Retry-After.</summary>
    public int WriterQueueCapacity { get; set; } = 50_000;

    /// <summary>Events of one organization waiting for the writer before its new requests get 429 with Retry-After.</summary>
    public int WriterQueuePerOrganization { get; set; } = 10_000;

    /// <summary>Most events committed in one transaction.</summary>
    public int WriterMaxBatch { get; set; } = 2000;

    /// <summary>Most UTF-8 bytes of text kept of an event's input, and of its output, when the organization stores content.</summary>
    public int ContentMaxBytes { get; set; } = 32 * 1024;
}
