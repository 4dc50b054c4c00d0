namespace AIntops.Application.Anomalies.Detection;

/// <summary>Judges one hour of a scope's spend against its seasonal baseline (see <see cref="SeasonalBaseline"/>).</summary>
public sealed class SpendAnomalyDetector(AnomalyDetectionOptions options)
{
    public SpendAnomalyDetector() : this(new AnomalyDetectionOptions()) { }

    public SpendAnomaly? Detect(AnomalyCheck check)
    {
        var hour = HourlySeries.FloorToHour(check.HourUnderTestUtc);
        var observed = check.Series.Where(s => HourlySeries.FloorToHour(s.HourUtc) == hour).Sum(s => s.CostNanoUsd);
        if (observed < options.MinimumHourSpendNanoUsd) return null;

        // The hour under test and anything after it are cut off before the baseline sees the series.
        var history = new HourlySeries(check.Series.Where(s => s.HourUtc < hour));
        if (history.FirstSpendHour is not { } firstSpend || hour - firstSpend < options.MinimumHistory) return null;
        if (SeasonalBaseline.Estimate(history, hour, options) is not { } baseline) return null;

        var excess = observed - baseline.ExpectedNanoUsd;
        var z = (double)excess / baseline.StdDevNanoUsd;
        if (excess < options.MinimumExcessNanoUsd || z < options.ZThreshold) return null;

        var drivers = DriverAttribution.TopByDimension(check.Breakdowns ?? [], baseline.ExpectedNanoUsd, observed);
        return new SpendAnomaly(check.Scope, hour, hour.AddHours(1), observed, baseline.ExpectedNanoUsd, baseline.StdDevNanoUsd, z,
            drivers.MaxBy(d => d.DeltaNanoUsd), drivers);
    }
}
