namespace AIntops.Domain.Teams;

/// <summary>
/// A team of an organization: a name, the keys telemetry knows it by (events carry a team as free text; the first key is its
/// primary key, the value filters and groups use for it) and the organization's users who belong to it.
/// </summary>
public sealed class Team : IOrganizationScoped
{
    private readonly List<TeamKey> _keys = [];
    private readonly List<TeamMember> _members = [];

    private Team() { }

    public Team(Guid organizationId, string name, IReadOnlyList<string> keys, DateTime now)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        CreatedAt = now;
        Change(name, keys, now);
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>In their order; the first is the primary key.</summary>
    public IEnumerable<TeamKey> Keys => _keys.OrderBy(k => k.Position);
    public IReadOnlyCollection<TeamMember> Members => _members;

    public string PrimaryKey => Keys.First().Key;

    /// <summary>Renames the team and replaces its keys, keeping the rows of keys it still has.</summary>
    public void Change(string name, IReadOnlyList<string> keys, DateTime now)
    {
        if (keys.Count == 0) throw new DomainRuleException("A team needs at least one telemetry key.");
        Name = name;
        _keys.RemoveAll(k => !keys.Contains(k.Key, StringComparer.Ordinal));
        for (var i = 0; i < keys.Count; i++)
        {
            var kept = _keys.FirstOrDefault(k => k.Key == keys[i]);
            if (kept is null) _keys.Add(new TeamKey(OrganizationId, Id, keys[i], i));
            else kept.Position = i;
        }
        UpdatedAt = now;
    }

    /// <summary>False when the user already belongs to the team.</summary>
    public bool AddMember(Guid userId, DateTime now)
    {
        if (_members.Any(m => m.UserId == userId)) return false;
        _members.Add(new TeamMember(OrganizationId, Id, userId, now));
        return true;
    }

    public bool RemoveMember(Guid userId) => _members.RemoveAll(m => m.UserId == userId) > 0;
}

/// <summary>A value of events' team that means this team; unique in the organization.</summary>
public sealed class TeamKey : IOrganizationScoped
{
    private TeamKey() { }

    internal TeamKey(Guid organizationId, Guid teamId, string key, int position)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        TeamId = teamId;
        Key = key;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid TeamId { get; private set; }
    public string Key { get; private set; } = "";
    public int Position { get; internal set; }
}

public sealed class TeamMember : IOrganizationScoped
{
    private TeamMember() { }

    internal TeamMember(Guid organizationId, Guid teamId, Guid userId, DateTime addedAt)
    {
        OrganizationId = organizationId;
        TeamId = teamId;
        UserId = userId;
        AddedAt = addedAt;
    }

    public Guid OrganizationId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTime AddedAt { get; private set; }
}

public static class TeamLimits
{
    public const int MaxKeys = 20;
}
