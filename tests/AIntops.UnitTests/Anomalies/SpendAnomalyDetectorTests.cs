using AIntops.Application.Anomalies.Detection;

namespace AIntops.UnitTests.Anomalies;

public sealed class SpendAnomalyDetectorTests
{
    private const long Usd = 1_000_000_000;
    private static readonly SpendAnomalyDetector Detector = new();
    private static readonly AnomalyScope Scope = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), Provider: "openai");
    private static readonly DateTime Hour = SyntheticSpend.Start.AddDays(30).AddHours(14);

    /// <summary>A flat $100 every hour from <paramref name="days"/> days before <see cref="Hour"/>, then <paramref name="observed"/> in it.</summary>
    private static List<HourlySpend> Flat(long observed, int days = 30) =>
        Enumerable.Range(1, days * 24).Select(i => new HourlySpend(Hour.AddHours(-i), 100 * Usd))
            .Append(new HourlySpend(Hour, observed)).ToList();

    [Fact]
    public void A_spike_is_reported_against_its_baseline_with_the_spread_floor()
    {
        var anomaly = Detector.Detect(new AnomalyCheck(Scope, Hour.AddMinutes(59), Flat(400 * Usd)));

        Assert.NotNull(anomaly);
        Assert.Equal((Hour, Hour.AddHours(1)), (anomaly.WindowStartUtc, anomaly.WindowEndUtc));
        Assert.Equal(Scope, anomaly.Scope);
        Assert.Equal(400 * Usd, anomaly.ObservedNanoUsd);
        Assert.Equal(100 * Usd, anomaly.ExpectedNanoUsd);
        Assert.Equal(20 * Usd, anomaly.StdDevNanoUsd); // a flat series has MAD 0: the floor is 20% of expected
        Assert.Equal(15, anomaly.ZScore, precision: 9);  // ($400 − $100) / $20
    }

    [Fact]
    public void The_hour_under_test_and_later_hours_never_reach_its_baseline()
    {
        var spiked = Flat(100_000 * Usd);
        spiked.Add(new HourlySpend(Hour.AddHours(1), 100_000 * Usd));
        var history = new HourlySeries(Flat(0).Where(h => h.HourUtc < Hour));

        var anomaly = Detector.Detect(new AnomalyCheck(Scope, Hour, spiked));

        Assert.Equal(SeasonalBaseline.Estimate(history, Hour, new AnomalyDetectionOptions())!.ExpectedNanoUsd, anomaly!.ExpectedNanoUsd);
        Assert.Equal(100 * Usd, anomaly.ExpectedNanoUsd);
    }

    [Fact]
    public void No_decision_before_the_minimum_history() =>
        Assert.Null(Detector.Detect(new AnomalyCheck(Scope, Hour, Flat(10_000 * Usd, days: 13))));

    [Fact]
    public void Hours_under_the_minimum_spend_or_excess_are_not_anomalies()
    {
        Assert.Null(Detect(quietUsd: 0.05m, observedUsd: 0.90m));  // 18×, but under $1
        Assert.NotNull(Detect(quietUsd: 0.05m, observedUsd: 1.10m));
        Assert.Null(Detect(quietUsd: 0.60m, observedUsd: 1.09m));  // z = $0.49 / $0.12 ≈ 4.1, but the excess is under $0.50
        Assert.NotNull(Detect(quietUsd: 0.60m, observedUsd: 1.20m));
    }

    private static SpendAnomaly? Detect(decimal quietUsd, decimal observedUsd) =>
        Detector.Detect(new AnomalyCheck(Scope, Hour,
            [.. Enumerable.Range(1, 30 * 24).Select(i => new HourlySpend(Hour.AddHours(-i), (long)(quietUsd * Usd))), new HourlySpend(Hour, (long)(observedUsd * Usd))]));
}
