using System.Threading.RateLimiting;
using AIntops.Application.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Token bucket per API key counting events, in memory (per instance), configured by Ingest:RateLimitPerKeyPerSecond and
/// Ingest:RateLimitBurst; and a window per client address for requests with unknown keys (Ingest:InvalidKeysPerClientPerMinute).
/// </summary>
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

    private readonly PartitionedRateLimiter<string> _invalidKeys = PartitionedRateLimiter.Create<string, string>(client =>
        options.Value.InvalidKeysPerClientPerMinute <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.InvalidKeysPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            }));

    /// <summary>Takes one permit per event; a batch larger than the burst needs the whole bucket.</summary>
    /// <returns>null when allowed, else how long to wait.</returns>
    public TimeSpan? TryAcquire(Guid apiKeyId, int events) =>
        RetryAfter(_limiter.AttemptAcquire(apiKeyId, Math.Clamp(events, 1, Math.Max(options.Value.RateLimitBurst, 1))));

    /// <summary>Whether the client may still try keys: null when it may, else how long to wait.</summary>
    public TimeSpan? InvalidKeysExhausted(string client) => RetryAfter(_invalidKeys.AttemptAcquire(client, 0));

    /// <summary>Counts one request with an unknown key against the client.</summary>
    public void InvalidKeyTried(string client) => _invalidKeys.AttemptAcquire(client).Dispose();

    private static TimeSpan? RetryAfter(RateLimitLease lease)
    {
        using (lease)
        {
            if (lease.IsAcquired) return null;
            return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        }
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _invalidKeys.Dispose();
    }
}
