namespace AIntops.Application.Anomalies.Detection;

/// <summary>
/// Each dimension value is expected to keep its baseline share of the hour's expected spend; the driver is the
/// value whose spend rose most above that. Ties go to the dimension listed first.
/// </summary>
public static class DriverAttribution
{
    public static IReadOnlyList<AnomalyDriver> TopByDimension(IEnumerable<DimensionBreakdown> breakdowns, long expectedNanoUsd, long observedNanoUsd)
    {
        var excess = Math.Max(1, observedNanoUsd - expectedNanoUsd);
        return breakdowns
            .Select(b => Increases(b, expectedNanoUsd, excess).MaxBy(d => d.DeltaNanoUsd))
            .OfType<AnomalyDriver>().ToList();
    }

    private static IEnumerable<AnomalyDriver> Increases(DimensionBreakdown breakdown, long expectedNanoUsd, long excess)
    {
        var baselineTotal = breakdown.Baseline.Values.Sum(v => (decimal)v);
        foreach (var value in breakdown.HourUnderTest.Keys.Union(breakdown.Baseline.Keys).Order(StringComparer.Ordinal))
        {
            var observed = breakdown.HourUnderTest.GetValueOrDefault(value);
            var expected = baselineTotal == 0 ? 0 : (long)Math.Round((decimal)expectedNanoUsd * breakdown.Baseline.GetValueOrDefault(value) / baselineTotal);
            if (observed > expected)
                yield return new AnomalyDriver(breakdown.Dimension, value, observed, expected, (double)(observed - expected) / excess);
        }
    }
}
