using AIntops.Domain.Dashboards;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Organizations;

public static class NewOrganization
{
    /// <summary>Adds an organization owned by <paramref name="ownerId"/>, with the default dashboard and the onboarding checklist.</summary>
    public static Organization AddOrganization(this IAppDbContext db, string name, Plan plan, Guid ownerId, DateTime now)
    {
        var organization = new Organization(name, plan, now);
        db.Organizations.Add(organization);
        db.Memberships.Add(new Membership(organization.Id, ownerId, Role.Owner, now));
        db.Dashboards.Add(Dashboard.CreateDefault(organization.Id, now));
        db.OnboardingSteps.AddRange(OnboardingStep.All.Select(key => new OnboardingStep(organization.Id, key)));
        return organization;
    }
}
