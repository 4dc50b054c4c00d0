namespace AIntops.Client;

/// <summary>Where AIntops is, the ingest key, the defaults stamped on every event, and how the background sender behaves.</summary>
public sealed class AIntopsOptions
{
    /// <summary>The AIntops server's root, e.g. <c>https://aintops.example.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>An ingest API key (<c>aik_…</c>), sent as <c>X-API-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>prod, staging or dev; stamped on events that name none.</summary>
    public string? Environment { get; set; }

    /// <summary>The team stamped on events when neither the call nor an <see cref="AIntopsScope"/> names one.</summary>
    public string? Team { get; set; }

    /// <summary>The endpoint tag stamped on events when neither the call nor a scope names one.</summary>
    public string? EndpointTag { get; set; }

    /// <summary>real (the default on the server) or test.</summary>
    public string? DataMode { get; set; }

    /// <summary>Events held in memory at most; when full, the oldest is dropped (and counted).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Events per request to <c>/v1/ingest/batch</c> (at most 1,000).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long the sender gathers events before it sends a batch that is not full.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Sending attempts per batch before its events are given up (counted as failed).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; each further one doubles it, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long sending pauses after the server answers that telemetry is paused (plan limit), unless it says Retry-After.</summary>
    public TimeSpan PauseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The timeout of one request to AIntops.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
