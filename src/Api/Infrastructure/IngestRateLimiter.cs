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
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(options.Value.RateLimitBurst, 1),
                TokensPerPeriod = Math.Max(options.Value.RateLimitPerKeyPerSecond / 10, 1),
                ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    /// <returns>null when allowed, else how long to wait.</returns>
    public TimeSpan? TryAcquire(Guid apiKeyId)
    {
        using var lease = _limiter.AttemptAcquire(apiKeyId);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
