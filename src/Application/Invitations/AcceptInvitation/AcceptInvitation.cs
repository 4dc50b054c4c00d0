using AIntops.Application.Auth;
using AIntops.Application.Common.Security;
using AIntops.Domain.Organizations;
using AIntops.Domain.Users;

namespace AIntops.Application.Invitations.AcceptInvitation;

/// <summary>
/// Accepts an invitation: for an existing account the password proves ownership of the invited
/// email; for a new account <paramref name="Name"/> and the password create it.
/// </summary>
public sealed record AcceptInvitationCommand(string Token, string Password, string? Name) : IRequest<AuthTokens>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("token is required.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Password is required.");
    }
}

public sealed class AcceptInvitationHandler(
    IAppDbContext db, IPasswordHasher hasher, PasswordGuard passwords, AuthSessions sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<AcceptInvitationCommand, AuthTokens>
{
    public async Task<AuthTokens> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.FindOpenInvitationAsync(request.Token, now, cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == invitation.Email, cancellationToken);
        if (user is null)
        {
            await new NewAccountValidator().ValidateAndThrowAsync(request, cancellationToken);
            db.Users.Add(user = new User(invitation.Email, request.Name!.Trim(), hasher.Hash(request.Password), now));
        }
        else if (await passwords.CheckAsync(user.Email, request.Password, user.PasswordHash, cancellationToken) is var verdict
                 && verdict != PasswordVerdict.Correct)
            throw verdict == PasswordVerdict.WrongAndLocked
                ? passwords.Locked()
                : new UnauthorizedException("The password is incorrect for the existing account of this email.");
        else if (await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.OrganizationId == invitation.OrganizationId, cancellationToken))
            throw new ConflictException("You are already a member of this organization.");

        using var scope = db.UseOrganization(invitation.OrganizationId);
        invitation.Accept(user.Id, now);
        db.Memberships.Add(new Membership(invitation.OrganizationId, user.Id, invitation.Role, now));
        var organization = await db.Organizations.FirstAsync(o => o.Id == invitation.OrganizationId, cancellationToken);
        organization.TouchMemberships();
        db.Record(invitation.OrganizationId, ActivityTypes.InvitationAccepted, user.Id, caller.ClientIp, now, subject: user.Email);
        var family = sessions.Start(user.Id, invitation.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, invitation.Role);
    }

    private sealed class NewAccountValidator : AbstractValidator<AcceptInvitationCommand>
    {
        public NewAccountValidator()
        {
            RuleFor(c => c.Name!).ValidName("Name");
            RuleFor(c => c.Password).ValidPassword();
        }
    }
}
