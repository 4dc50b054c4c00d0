namespace AIntops.Domain.Common;

/// <summary>Marks tenant-owned rows: every query is filtered and every write stamped by organization.</summary>
public interface IOrganizationScoped
{
    Guid OrganizationId { get; }
}
