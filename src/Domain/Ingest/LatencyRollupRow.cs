namespace AIntops.Domain.Ingest;

/// <summary>
/// Calls per period and filter dimensions with their latency histogram: one counter column per
/// <see cref="LatencyHistogram"/> bucket (so a month of a model is a few rows, not one per bucket).
/// </summary>
public abstract class LatencyRollupRow : RollupRow
{
    /// <summary>Calls that reported a latency (the sum of the buckets).</summary>
    public long Requests { get; set; }

    /// <summary>Calls per bucket; stored in the columns <see cref="LatencyHistogram.Column"/> names, not mapped as one value.</summary>
    public long[] Counts { get; set; } = new long[LatencyHistogram.Buckets];
}

public sealed class LatencyHourly : LatencyRollupRow;

public sealed class LatencyDaily : LatencyRollupRow;
