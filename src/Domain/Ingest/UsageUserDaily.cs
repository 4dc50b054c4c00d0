using AIntops.Domain.Common;

namespace AIntops.Domain.Ingest;

/// <summary>Daily rollup per end user (the calling application's user id; empty = unknown user).</summary>
public abstract class UserRollupRow : IOrganizationScoped
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long DayStartMs { get; set; }
    public string EndUserId { get; set; } = "";
    public string Environment { get; set; } = "";
    public string DataMode { get; set; } = "";
    public long Requests { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long CostNanoUsd { get; set; }
}

/// <summary>Per user, environment and data mode: a few rows per user and day, for the unfiltered user views.</summary>
public sealed class UsageUserDaily : UserRollupRow;

/// <summary>Per user and also provider, model and team: for user views filtered or split by those.</summary>
public sealed class UsageUserBreakdownDaily : UserRollupRow, IFilterDimensions
{
    public string Provider { get; set; } = "";
    public string Model { get; set; } = "";
    public string Team { get; set; } = "";
}
