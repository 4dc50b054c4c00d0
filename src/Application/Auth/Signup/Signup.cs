using AIntops.Application.Auth.GetAuthSettings;
using AIntops.Application.Common.Security;
using AIntops.Application.Ingest;
using AIntops.Domain.Dashboards;
using AIntops.Domain.Organizations;
using AIntops.Domain.Users;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.Signup;

public sealed record SignupCommand(string Email, string Password, string Name, string OrganizationName) : IRequest<AuthTokens>;

public sealed class SignupHandler(
    IAppDbContext db, IPasswordHasher hasher, AuthSessions sessions, ICurrentUser caller, TimeProvider clock,
    IOptions<IngestOptions> ingestOptions, IOptions<AuthOptions> authOptions)
    : IRequestHandler<SignupCommand, AuthTokens>
{
    public async Task<AuthTokens> Handle(SignupCommand request, CancellationToken cancellationToken)
    {
        if (!await db.IsSignupOpenAsync(authOptions.Value, cancellationToken))
            throw new ForbiddenException("Signup is closed on this server. Ask an owner of your organization for an invitation.");
        var email = User.NormalizeEmail(request.Email);
        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
            throw new ConflictException("An account with this email already exists. Sign in instead.");

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User(email, request.Name.Trim(), hasher.Hash(request.Password), now);
        var organization = new Organization(request.OrganizationName.Trim(), ingestOptions.Value.DefaultPlan, now);
        db.Users.Add(user);
        db.Organizations.Add(organization);
        SeedOrganization(db, organization.Id, user.Id, now);
        db.Record(organization.Id, ActivityTypes.Signup, user.Id, caller.ClientIp, now, subject: email);

        var family = sessions.Start(user.Id, organization.Id);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, Role.Owner);
    }

    private static void SeedOrganization(IAppDbContext db, Guid organizationId, Guid ownerId, DateTime now)
    {
        db.Memberships.Add(new Membership(organizationId, ownerId, Role.Owner, now));
        db.Dashboards.Add(Dashboard.CreateDefault(organizationId, now));
        db.OnboardingSteps.AddRange(OnboardingStep.All.Select(key => new OnboardingStep(organizationId, key)));
    }
}

public sealed class SignupValidator : AbstractValidator<SignupCommand>
{
    public SignupValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.Name).ValidName("Name");
        RuleFor(c => c.OrganizationName).ValidName("Organization name");
    }
}
