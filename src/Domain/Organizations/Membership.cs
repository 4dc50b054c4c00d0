namespace AIntops.Domain.Organizations;

public sealed class Membership : IOrganizationScoped
{
    private Membership() { }

    public Membership(Guid organizationId, Guid userId, Role role, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        UserId = userId;
        Role = role;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <param name="ownerCount">How many owners the organization has now, this member included.</param>
    public void ChangeRole(Role newRole, int ownerCount)
    {
        if (Role == Role.Owner && newRole != Role.Owner && ownerCount <= 1)
            throw new DomainRuleException("The last owner of an organization cannot be demoted. Make another member owner first.");
        Role = newRole;
    }

    public void EnsureRemovable(int ownerCount)
    {
        if (Role == Role.Owner && ownerCount <= 1)
            throw new DomainRuleException("The last owner of an organization cannot be removed. Make another member owner first.");
    }
}
