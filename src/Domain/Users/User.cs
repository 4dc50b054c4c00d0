namespace AIntops.Domain.Users;

public sealed class User
{
    private User() { }

    public User(string email, string name, string passwordHash, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        Email = email;
        Name = name;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? LastLoginAt { get; private set; }

    public void RecordLogin(DateTime now) => LastLoginAt = now;

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
