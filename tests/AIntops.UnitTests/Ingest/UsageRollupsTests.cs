using AIntops.Domain.Ingest;

namespace AIntops.UnitTests.Ingest;

public sealed class UsageRollupsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3_599_999, 0)]
    [InlineData(3_600_000, 3_600_000)]
    [InlineData(-1, -3_600_000)]
    public void Periods_start_on_the_hour_also_before_1970(long unixMs, long expected) =>
        Assert.Equal(expected, UsageRollups.StartOf(unixMs, UsageRollups.HourMs));

    [Fact]
    public void Events_of_one_key_add_up_and_missing_dimensions_become_ref_0()
    {
        LlmEvent Call(long latency, bool priced) => new()
        {
            OrganizationRef = 3, TimestampMs = 7_200_123, ProviderRef = 4, ModelRef = 5, Environment = "prod", DataMode = "real",
            Status = "success", InputTokens = 10, OutputTokens = 5, CostNanoUsd = priced ? 100 : 0, PriceKnown = priced, LatencyMs = latency > 0 ? latency : null,
        };

        var hourly = Assert.Single(UsageRollups.Hourly([Call(30, true), Call(0, false)]));

        Assert.Equal((7_200_000L, 3, 4, 5, 0, 0, 0, 0), (hourly.PeriodStartMs, hourly.OrganizationRef, hourly.ProviderRef, hourly.ModelRef, hourly.TeamRef,
            hourly.EndpointTagRef, hourly.PromptVersionRef, hourly.ApiKeyRef));
        Assert.Equal((2L, 20L, 10L, 100L, 1L, 30L, 1L),
            (hourly.Requests, hourly.InputTokens, hourly.OutputTokens, hourly.CostNanoUsd, hourly.UnpricedRequests, hourly.LatencySumMs, hourly.LatencyCount));
        var daily = Assert.Single(UsageRollups.UserDaily([Call(30, true), Call(0, false)]));
        Assert.Equal((0L, 0, 2L), (daily.PeriodStartMs, daily.EndUserRef, daily.Requests));
    }

    [Fact]
    public void Sums_that_overflow_throw_instead_of_wrapping()
    {
        var half = new LlmEvent { OrganizationRef = 1, ProviderRef = 2, ModelRef = 3, CostNanoUsd = long.MaxValue / 2 + 1 };
        Assert.Throws<OverflowException>(() => UsageRollups.Hourly([half, half]).ToList());
        Assert.Throws<OverflowException>(() => UsageRollups.UserDaily([half, half]).ToList());
    }
}
