namespace AIntops.Application.Anomalies.Detection;

/// <param name="StdDevNanoUsd">The robust spread of the baseline (1.4826 × MAD, with the configured floors).</param>
/// <param name="Driver">The dimension value that explains most of the excess; null without breakdowns.</param>
/// <param name="TopDriverByDimension">The value with the largest increase in each dimension, e.g. the model for a substitution.</param>
public sealed record SpendAnomaly(
    AnomalyScope Scope,
    DateTime WindowStartUtc,
    DateTime WindowEndUtc,
    long ObservedNanoUsd,
    long ExpectedNanoUsd,
    long StdDevNanoUsd,
    double ZScore,
    AnomalyDriver? Driver,
    IReadOnlyList<AnomalyDriver> TopDriverByDimension)
{
    public long ExcessNanoUsd => ObservedNanoUsd - ExpectedNanoUsd;
}

/// <param name="ExpectedNanoUsd">The anomaly's expected spend × this value's share of the dimension's baseline spend.</param>
/// <param name="ShareOfExcess">This value's increase over the whole anomaly's excess (may pass 1 when other values fell).</param>
public sealed record AnomalyDriver(string Dimension, string Value, long ObservedNanoUsd, long ExpectedNanoUsd, double ShareOfExcess)
{
    public long DeltaNanoUsd => ObservedNanoUsd - ExpectedNanoUsd;
}
