using AIntops.Application.Auth.GetAuthSettings;
using AIntops.Application.Common.Security;
using AIntops.Application.Organizations;
using AIntops.Application.Plans;
using AIntops.Domain.Organizations;
using AIntops.Domain.Users;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.Signup;

public sealed record SignupCommand(string Email, string Password, string Name, string OrganizationName) : IRequest<AuthTokens>;

public sealed class SignupHandler(
    IAppDbContext db, IPasswordHasher hasher, AuthSessions sessions, ICurrentUser caller, TimeProvider clock,
    PlanCatalog plans, IOptions<AuthOptions> authOptions)
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
        db.Users.Add(user);
        var organization = db.AddOrganization(request.OrganizationName.Trim(), plans.DefaultPlan, user.Id, now);
        db.Record(organization.Id, ActivityTypes.Signup, user.Id, caller.ClientIp, now, subject: email);

        var family = sessions.Start(user.Id, organization.Id);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, Role.Owner);
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
