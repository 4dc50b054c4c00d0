namespace AIntops.Domain.Organizations;

public sealed class Invitation : IOrganizationScoped
{
    private Invitation() { }

    public Invitation(Guid organizationId, string email, Role role, string tokenHash, Guid invitedByUserId, DateTime createdAt, DateTime expiresAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Email = email;
        Role = role;
        TokenHash = tokenHash;
        InvitedByUserId = invitedByUserId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Email { get; private set; } = "";
    public Role Role { get; private set; }
    public string TokenHash { get; private set; } = "";
    public Guid InvitedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public Guid? AcceptedByUserId { get; private set; }

    public bool IsOpen(DateTime now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid userId, DateTime now)
    {
        if (!IsOpen(now))
            throw new DomainRuleException("This invitation has already been used or has expired.");
        AcceptedAt = now;
        AcceptedByUserId = userId;
    }
}
