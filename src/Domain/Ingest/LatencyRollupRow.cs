using AIntops.Domain.Common;

namespace AIntops.Domain.Ingest;

/// <summary>Calls per latency bucket (<see cref="LatencyHistogram"/>), per period and the filter dimensions.</summary>
public abstract class LatencyRollupRow : IOrganizationScoped, IRollupFilterable
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long PeriodStartMs { get; set; }
    public string Provider { get; set; } = "";
    public string Model { get; set; } = "";
    public string Team { get; set; } = "";
    public string Environment { get; set; } = "";
    public string DataMode { get; set; } = "";
    public int Bucket { get; set; }
    public long Requests { get; set; }
}

public sealed class LatencyHourly : LatencyRollupRow;

public sealed class LatencyDaily : LatencyRollupRow;
