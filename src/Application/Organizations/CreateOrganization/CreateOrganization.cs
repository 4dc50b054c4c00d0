using AIntops.Application.Auth;
using AIntops.Application.Plans;

namespace AIntops.Application.Organizations.CreateOrganization;

/// <summary>Another organization, owned by the caller, set up as signup sets one up. Switch to it with /v1/auth/switch-organization.</summary>
public sealed record CreateOrganizationCommand(string Name) : IRequest<OrganizationCreated>;

public sealed record OrganizationCreated(Guid Id, string Name, string Plan);

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator() => RuleFor(c => c.Name).ValidName("Name");
}

public sealed class CreateOrganizationHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, PlanCatalog plans)
    : IRequestHandler<CreateOrganizationCommand, OrganizationCreated>
{
    public async Task<OrganizationCreated> Handle(CreateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = db.AddOrganization(request.Name.Trim(), plans.DefaultPlan, userId, now);
        using var tenant = db.UseOrganization(organization.Id);
        db.Record(organization.Id, ActivityTypes.OrganizationCreated, userId, caller.ClientIp, now, subject: organization.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganizationCreated(organization.Id, organization.Name, PlanCatalog.NameOf(organization.Plan));
    }
}
