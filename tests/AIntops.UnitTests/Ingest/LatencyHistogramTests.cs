using AIntops.Domain.Ingest;

namespace AIntops.UnitTests.Ingest;

public sealed class LatencyHistogramTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(60_185, 40)]
    [InlineData(86_400_000, 40)]
    public void A_latency_falls_in_the_bucket_whose_bounds_hold_it(long latencyMs, int bucket)
    {
        Assert.Equal(bucket, LatencyHistogram.BucketOf(latencyMs));
        Assert.InRange(latencyMs, LatencyHistogram.LowerBoundMs(bucket), bucket < 40 ? LatencyHistogram.UpperBoundsMs[bucket] - 1 : long.MaxValue);
    }

    [Fact]
    public void Bounds_grow_by_a_quarter_from_ten_milliseconds_to_a_minute()
    {
        Assert.Equal(10, LatencyHistogram.UpperBoundsMs[0]);
        Assert.Equal(60_185, LatencyHistogram.UpperBoundsMs[^1]);
        Assert.All(LatencyHistogram.UpperBoundsMs.Zip(LatencyHistogram.UpperBoundsMs.Skip(1)), p => Assert.InRange((double)p.Second / p.First, 1.2, 1.34));
    }

    [Fact]
    public void Percentiles_interpolate_inside_the_bucket_that_holds_the_rank()
    {
        // 100 calls: 50 in [10, 12) and 50 in [12, 16) (bounds 10, 12, 16 after rounding).
        var counts = new Dictionary<int, long> { [1] = 50, [2] = 50 };
        Assert.Equal(12, LatencyHistogram.UpperBoundsMs[1]);
        Assert.Equal(12, LatencyHistogram.Percentile(counts, 0.5));
        Assert.Equal(12 + 4 * 0.9, LatencyHistogram.Percentile(counts, 0.95)!.Value, 6);
        Assert.Null(LatencyHistogram.Percentile(new Dictionary<int, long>(), 0.5));
        Assert.Equal(60_185, LatencyHistogram.Percentile(new Dictionary<int, long> { [40] = 3 }, 0.99));
    }
}
