namespace AIntops.Application.Analytics;

public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Grouped rollup rows of settled days kept in memory per instance (about 150 bytes each); 0 turns the cache off.</summary>
    public int SettledDayCacheRows { get; set; } = 300_000;

    /// <summary>Whether those sums are also kept in the data folder, so that a restart or a new day does not sum whole windows again.</summary>
    public bool KeepSettledSums { get; set; } = true;
}
