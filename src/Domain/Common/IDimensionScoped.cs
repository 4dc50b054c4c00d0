namespace AIntops.Domain.Common;

/// <summary>
/// Marks event-store rows (raw events and rollups): tenant-owned like <see cref="IOrganizationScoped"/>, but keyed by the
/// organization's <see cref="Ingest.Dimension"/> ref, which every query is filtered by.
/// </summary>
public interface IDimensionScoped
{
    int OrganizationRef { get; }
}
