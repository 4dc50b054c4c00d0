namespace AIntops.Infrastructure.Providers;

/// <summary>Timeouts, retries and the circuit breaker of the provider clients (configuration section <c>Providers:Http</c>).</summary>
public sealed class ProviderHttpOptions
{
    public const string Section = "Providers:Http";

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);
    public int MaxRetries { get; set; } = 4;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 8;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Buckets asked per page; null = the most each API allows for the bucket width.</summary>
    public int? PageLimit { get; set; }
}
