namespace AIntops.Domain.Ingest;

/// <summary>Accepted ingest requests per organization and UTC month, for plan limits.</summary>
public sealed class PlanUsage : IOrganizationScoped
{
    public Guid OrganizationId { get; set; }
    /// <summary>yyyyMM, e.g. 202611.</summary>
    public int Month { get; set; }
    public long Requests { get; set; }
}
