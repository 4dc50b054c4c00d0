using AIntops.Api.Infrastructure;

namespace AIntops.UnitTests.Ingest;

public sealed class IngestRateLimiterTests
{
    [Theory]
    [InlineData(1, 1, 1000)]
    [InlineData(3, 3, 1000)]
    [InlineData(15, 15, 1000)]
    [InlineData(10, 1, 100)]
    [InlineData(5000, 500, 100)]
    public void The_bucket_refills_at_exactly_the_configured_rate(int perSecond, int tokensPerPeriod, int periodMs)
    {
        var bucket = IngestRateLimiter.Bucket(perSecond, burst: 7);
        Assert.Equal((tokensPerPeriod, periodMs), (bucket.TokensPerPeriod, (int)bucket.ReplenishmentPeriod.TotalMilliseconds));
        Assert.Equal(perSecond, bucket.TokensPerPeriod * 1000 / periodMs);
        Assert.Equal(7, bucket.TokenLimit);
    }
}
