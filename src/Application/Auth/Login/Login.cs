using AIntops.Domain.Common;
using AIntops.Domain.Users;

namespace AIntops.Application.Auth.Login;

public sealed record LoginCommand(string Email, string Password) : IRequest<AuthTokens>;

public sealed class LoginHandler(IAppDbContext db, PasswordGuard passwords, AuthSessions sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<LoginCommand, AuthTokens>
{
    public async Task<AuthTokens> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = User.NormalizeEmail(request.Email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        var verdict = await passwords.CheckAsync(email, request.Password, user?.PasswordHash, cancellationToken);
        var membership = user is null ? null : await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id).OrderBy(m => m.CreatedAt).FirstOrDefaultAsync(cancellationToken);

        if (verdict != PasswordVerdict.Correct)
        {
            if (membership is not null)
            {
                db.Record(membership.OrganizationId, ActivityTypes.LoginFailed, user!.Id, caller.ClientIp, now, subject: email);
                if (verdict == PasswordVerdict.WrongAndLocked)
                    db.Record(membership.OrganizationId, ActivityTypes.Lockout, user.Id, caller.ClientIp, now, subject: email);
                await db.SaveChangesAsync(cancellationToken);
            }
            throw verdict == PasswordVerdict.WrongAndLocked ? passwords.Locked() : new UnauthorizedException("The email or password is incorrect.");
        }
        if (membership is null)
            throw new ForbiddenException("This account no longer belongs to any organization. Ask an owner for a new invitation.");

        user!.RecordLogin(now);
        db.Record(membership.OrganizationId, ActivityTypes.Login, user.Id, caller.ClientIp, now, subject: email);
        var family = sessions.Start(user.Id, membership.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, membership.Role);
    }
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Email is required.").MaximumLength(Limits.EmailMaxLength);
        RuleFor(c => c.Password).NotEmpty().WithMessage("Password is required.");
    }
}
