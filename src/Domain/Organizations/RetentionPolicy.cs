namespace AIntops.Domain.Organizations;

/// <summary>How long an organization's telemetry is kept, and from when it is therefore complete.</summary>
public static class RetentionPolicy
{
    public const int DefaultRawDays = 180;
    public const int DefaultRollupDays = 730;
    public const int DefaultContentDays = 30;
    public const int MinDays = 1;
    public const int MaxDays = 3650;

    /// <summary>The first UTC day still kept when data is kept <paramref name="days"/> days (today included).</summary>
    public static DateTime AvailableFrom(DateTime now, int days) => now.Date.AddDays(1 - days);
}
