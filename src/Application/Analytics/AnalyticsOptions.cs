namespace AIntops.Application.Analytics;

public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Grouped rollup rows of settled days kept in memory per instance (about 150 bytes each); 0 turns the cache off.</summary>
    public int SettledDayCacheRows { get; set; } = 300_000;
}
