namespace AIntops.Application.Providers.Sync;

/// <summary>Configuration section <c>Jobs:ProviderSync</c>.</summary>
public sealed class ProviderSyncOptions
{
    public const string Section = "Jobs:ProviderSync";

    /// <summary>How often every connection is synced.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Wait after the API starts before the first scheduled run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>UTC calendar days the first sync fetches, today (so far) included: 30 covers the dashboards' "Last 30 days".</summary>
    public int BackfillDays { get; set; } = 30;

    /// <summary>Days fetched and stored per step of a backfill; progress is reported after each.</summary>
    public int BackfillChunkDays { get; set; } = 3;

    /// <summary>Hourly usage buckets fetched again before the last complete one, for data that arrives late.</summary>
    public TimeSpan UsageOverlap { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Daily cost buckets fetched again before the day of the usage window's start.</summary>
    public int CostOverlapDays { get; set; } = 1;

    /// <summary>A sync still marked running after this long is taken to have died with its process and may be claimed again.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(30);
}
