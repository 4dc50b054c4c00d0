namespace AIntops.Domain.Organizations;

public sealed class Organization
{
    private Organization() { }

    public Organization(string name, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        Name = name;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>Changes with every membership change, so concurrent changes cannot both pass the last-owner rule.</summary>
    public Guid MembershipVersion { get; private set; } = Guid.NewGuid();

    public void TouchMemberships() => MembershipVersion = Guid.NewGuid();
}
