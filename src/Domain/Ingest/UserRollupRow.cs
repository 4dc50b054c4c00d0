namespace AIntops.Domain.Ingest;

/// <summary>Rollup per end user (a ref to the calling application's user id; 0 = unknown user), by day or by hour.</summary>
public abstract class UserRollupRow : IRollupRow
{
    public int OrganizationRef { get; set; }
    public long PeriodStartMs { get; set; }
    public int EndUserRef { get; set; }
    public int ProviderRef { get; set; }
    public string Environment { get; set; } = "";
    public string DataMode { get; set; } = "";
    public long Requests { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long CostNanoUsd { get; set; }
}

/// <summary>
/// Per day, user, provider, environment and data mode: a few rows per user and day, for user views not filtered or split by model or
/// team (with providers connected, every user view splits by provider to scale each provider's users to its bill).
/// </summary>
public sealed class UsageUserDaily : UserRollupRow;

/// <summary>
/// Per hour, user, provider, model, team, environment and data mode: for user views filtered or split by those. Hourly, so
/// that the hours of today that have settled can be cached and only the current hour is read live.
/// </summary>
public sealed class UsageUserBreakdownHourly : UserRollupRow, IFilterDimensions
{
    public int ModelRef { get; set; }
    public int TeamRef { get; set; }
}
