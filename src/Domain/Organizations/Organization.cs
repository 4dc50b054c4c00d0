using AIntops.Domain.Ingest;

namespace AIntops.Domain.Organizations;

public sealed class Organization
{
    private Organization() { }

    public Organization(string name, Plan plan, DateTime createdAt)
    {
        Plan = plan;
        Id = Guid.NewGuid();
        Name = name;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Plan Plan { get; private set; }

    public void ChangePlan(Plan plan) => Plan = plan;

    public void Rename(string name) => Name = name;

    /// <summary>Changes with every membership change, so concurrent changes cannot both pass the last-owner rule.</summary>
    public Guid MembershipVersion { get; private set; } = Guid.NewGuid();

    public void TouchMemberships() => MembershipVersion = Guid.NewGuid();
}
