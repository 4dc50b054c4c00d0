namespace AIntops.Domain.Users;

/// <summary>A single-use password reset link. Only the SHA-256 of its secret is stored.</summary>
public sealed class PasswordResetToken
{
    private PasswordResetToken() { }

    public PasswordResetToken(Guid userId, string tokenHash, DateTime createdAt, DateTime expiresAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }
}
