using AIntops.Domain.Common;

namespace AIntops.Domain.Ingest;

/// <summary>Daily rollup per end user (the calling application's user id; empty = unknown user) and the filter dimensions.</summary>
public sealed class UsageUserDaily : IOrganizationScoped, IFilterDimensions
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long DayStartMs { get; set; }
    public string EndUserId { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Model { get; set; } = "";
    public string Team { get; set; } = "";
    public string Environment { get; set; } = "";
    public string DataMode { get; set; } = "";
    public long Requests { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long CostNanoUsd { get; set; }
}
