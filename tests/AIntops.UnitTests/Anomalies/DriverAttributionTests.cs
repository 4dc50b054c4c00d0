using AIntops.Application.Anomalies.Detection;

namespace AIntops.UnitTests.Anomalies;

public sealed class DriverAttributionTests
{
    private const long Usd = 1_000_000_000;

    [Fact]
    public void The_value_that_outgrew_its_baseline_share_most_is_the_driver()
    {
        // Expected $100 and observed $400: an excess of $300.
        // Teams: chat had 25% of the baseline → expected $25, spent $300 (+$275); search 75% → $75, spent $100 (+$25).
        // Models: gpt-4o 25% → $25, spent $250 (+$225); gpt-4o-mini 75% → $75, spent $150 (+$75).
        var breakdowns = new[]
        {
            Breakdown(DriverDimensions.Team, hour: [("search", 100), ("chat", 300)], baseline: [("search", 7_500), ("chat", 2_500)]),
            Breakdown(DriverDimensions.Model, hour: [("gpt-4o", 250), ("gpt-4o-mini", 150)], baseline: [("gpt-4o", 2_500), ("gpt-4o-mini", 7_500)]),
        };

        var drivers = DriverAttribution.TopByDimension(breakdowns, 100 * Usd, 400 * Usd);

        Assert.Equal(new AnomalyDriver(DriverDimensions.Team, "chat", 300 * Usd, 25 * Usd, 275.0 / 300), drivers[0]);
        Assert.Equal(new AnomalyDriver(DriverDimensions.Model, "gpt-4o", 250 * Usd, 25 * Usd, 225.0 / 300), drivers[1]);
    }

    [Fact]
    public void A_value_absent_from_the_baseline_is_expected_to_spend_nothing()
    {
        var breakdowns = new[] { Breakdown(DriverDimensions.PromptVersion, hour: [("v1", 90), ("v2", 210)], baseline: [("v1", 9_000)]) };

        var driver = Assert.Single(DriverAttribution.TopByDimension(breakdowns, 90 * Usd, 300 * Usd));

        Assert.Equal(("v2", 0L, 1.0), (driver.Value, driver.ExpectedNanoUsd, driver.ShareOfExcess));
    }

    [Fact]
    public void The_detector_names_the_driver_of_an_anomaly()
    {
        var hour = SyntheticSpend.Start.AddDays(30);
        var series = Enumerable.Range(1, 30 * 24).Select(i => new HourlySpend(hour.AddHours(-i), 100 * Usd)).Append(new HourlySpend(hour, 400 * Usd)).ToList();
        var breakdowns = new[] { Breakdown(DriverDimensions.EndpointTag, hour: [("search", 100), ("summarise", 300)], baseline: [("search", 72_000)]) };

        var anomaly = new SpendAnomalyDetector().Detect(new AnomalyCheck(new AnomalyScope(Guid.Empty), hour, series, breakdowns));

        Assert.Equal((DriverDimensions.EndpointTag, "summarise", 300 * Usd), (anomaly!.Driver!.Dimension, anomaly.Driver.Value, anomaly.Driver.DeltaNanoUsd));
    }

    private static DimensionBreakdown Breakdown(string dimension, (string, long)[] hour, (string, long)[] baseline) =>
        new(dimension, hour.ToDictionary(p => p.Item1, p => p.Item2 * Usd), baseline.ToDictionary(p => p.Item1, p => p.Item2 * Usd));
}
