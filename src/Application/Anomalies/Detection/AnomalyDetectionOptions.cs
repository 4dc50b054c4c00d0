namespace AIntops.Application.Anomalies.Detection;

public sealed record AnomalyDetectionOptions
{
    /// <summary>How many previous weeks the baseline reads.</summary>
    public int BaselineWeeks { get; init; } = 4;

    /// <summary>No decision until the scope has spent for this long (its first hour with spend to the hour under test).</summary>
    public TimeSpan MinimumHistory { get; init; } = TimeSpan.FromDays(14);

    public double ZThreshold { get; init; } = 4;

    public long MinimumHourSpendNanoUsd { get; init; } = 1_000_000_000;

    /// <summary>Observed minus expected must be at least this.</summary>
    public long MinimumExcessNanoUsd { get; init; } = 500_000_000;

    /// <summary>The spread is at least this share of the expected spend, so flat series do not give huge z-scores for ordinary wobbles.</summary>
    public double MinimumRelativeSpread { get; init; } = 0.20;

    public long MinimumSpreadNanoUsd { get; init; } = 50_000_000;
}
