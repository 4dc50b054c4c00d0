namespace AIntops.Application.Anomalies.Detection;

/// <param name="HourUnderTestUtc">The hour to judge, normally the latest complete one; any time inside it will do.</param>
/// <param name="Series">Spend per hour of the scope, at least the baseline weeks before the hour and the hour itself. Hours without a row count as zero.</param>
/// <param name="Breakdowns">Optional, to name the driver of an anomaly.</param>
public sealed record AnomalyCheck(
    AnomalyScope Scope,
    DateTime HourUnderTestUtc,
    IReadOnlyList<HourlySpend> Series,
    IReadOnlyList<DimensionBreakdown>? Breakdowns = null);
