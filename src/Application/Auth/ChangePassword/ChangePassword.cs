using AIntops.Application.Common.Security;
using AIntops.Domain.Auth;

namespace AIntops.Application.Auth.ChangePassword;

/// <summary>Changes the password, ends every session of the user and starts a fresh one for the caller.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : IRequest<AuthTokens>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Current password is required.");
        RuleFor(c => c.NewPassword).ValidPassword();
    }
}

public sealed class ChangePasswordHandler(
    IAppDbContext db, IPasswordHasher hasher, PasswordGuard passwords, AuthSessions sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, AuthTokens>
{
    public async Task<AuthTokens> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken);
        var verdict = await passwords.CheckAsync(user.Email, request.CurrentPassword, user.PasswordHash, cancellationToken);
        if (verdict == PasswordVerdict.WrongAndLocked) throw passwords.Locked();
        if (verdict == PasswordVerdict.Wrong)
            throw new FluentValidation.ValidationException([new("currentPassword", "The current password is incorrect.")]);

        user.ChangePassword(hasher.Hash(request.NewPassword));
        await db.RevokeFamiliesAsync(f => f.UserId == userId, RefreshRevocationReason.PasswordChanged, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(caller.RequireOrganizationId(), ActivityTypes.PasswordChanged, userId, caller.ClientIp, now, subject: user.Email);
        var family = sessions.Start(userId, caller.RequireOrganizationId());
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, caller.RequireRole());
    }
}
