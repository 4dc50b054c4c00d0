using System.Threading.RateLimiting;
using AIntops.Application.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Infrastructure;

/// <summary>Token bucket per API key, in memory (per instance). Configured by Ingest:RateLimitPerKeyPerSecond and Ingest:RateLimitBurst.</summary>
public sealed class IngestRateLimiter(IOptions<IngestOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(key =>
        options.Value.RateLimitPerKeyPerSecond <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(options.Value.RateLimitPerKeyPerSecond, options.Value.RateLimitBurst)));

    /// <summary>
    /// Refills every 100 ms when the rate divides into tenths of a second, else once a second, so the configured
    /// rate is exact (partitioned limiters replenish on a 100 ms tick, so no finer period is possible).
    /// </summary>
    public static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst)
    {
        var tenths = perSecond % 10 == 0;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(burst, 1),
            TokensPerPeriod = tenths ? perSecond / 10 : perSecond,
            ReplenishmentPeriod = tenths ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <returns>null when allowed, else how long to wait.</returns>
    public TimeSpan? TryAcquire(Guid apiKeyId)
    {
        using var lease = _limiter.AttemptAcquire(apiKeyId);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
