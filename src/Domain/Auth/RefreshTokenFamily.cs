namespace AIntops.Domain.Auth;

/// <summary>
/// One login's chain of rotating refresh tokens. Tokens are derived from (family, generation)
/// with a server key, so only the current generation is stored: generation N is the active token,
/// N-1 its direct predecessor (replayable inside the grace window), anything older is reuse.
/// </summary>
public sealed class RefreshTokenFamily
{
    private RefreshTokenFamily() { }

    public RefreshTokenFamily(Guid userId, Guid organizationId, DateTime now, DateTime expiresAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        OrganizationId = organizationId;
        CreatedAt = now;
        RotatedAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public long Generation { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime RotatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public RefreshRevocationReason? RevokedReason { get; private set; }

    public bool IsUsable(DateTime now, TimeSpan idleTimeout) =>
        RevokedAt is null && now < ExpiresAt && now - RotatedAt < idleTimeout;
}

public enum RefreshRevocationReason
{
    Logout = 1,
    Reuse = 2,
    PasswordChanged = 3,
    MembershipEnded = 4,
    SwitchedOrganization = 5,
    PasswordReset = 6,
}
