namespace AIntops.Application.Analytics.Ledger;

/// <summary>
/// Where one provider's billing is the total: from the first UTC day its synced connections reported to the hour they are
/// synced through (<paramref name="ToMs"/>, the earliest of them when there are several).
/// </summary>
public sealed record BillingCoverage(string Provider, long FromMs, long ToMs, DateTime? LastSyncUtc, IReadOnlyList<Guid> Connections)
{
    /// <summary>Whether billing is the total of the cell starting at <paramref name="startMs"/>.</summary>
    public bool Covers(long startMs) => startMs >= FromMs && startMs < ToMs;

    public bool Overlaps(AnalyticsWindow window) => FromMs < window.ToMs && ToMs > window.FromMs;
}
