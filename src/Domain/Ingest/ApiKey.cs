namespace AIntops.Domain.Ingest;

/// <summary>An organization's ingest key. Only its SHA-256 hash and a short visible prefix are stored.</summary>
public sealed class ApiKey : IOrganizationScoped
{
    private ApiKey() { }

    public ApiKey(Guid organizationId, string name, string prefix, string keyHash, string? team, string? environment, Guid createdByUserId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Name = name;
        Prefix = prefix;
        KeyHash = keyHash;
        Team = team;
        Environment = environment;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    /// <summary>A team name given as text (keys made before teams existed); events without a team inherit it unless <see cref="TeamId"/> is set.</summary>
    public string? Team { get; private set; }
    /// <summary>The team whose primary key events sent with this key and no team of their own take.</summary>
    public Guid? TeamId { get; private set; }
    public string? Environment { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Change(string name, Guid? teamId)
    {
        Name = name;
        TeamId = teamId;
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    /// <summary>Replaces the secret; the old key stops working at once.</summary>
    public void Rotate(string prefix, string keyHash)
    {
        if (IsRevoked) throw new DomainRuleException("A revoked key cannot be rotated. Create a new key instead.");
        Prefix = prefix;
        KeyHash = keyHash;
    }
}
