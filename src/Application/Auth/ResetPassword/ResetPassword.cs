using AIntops.Application.Common.Security;
using AIntops.Domain.Auth;
using FluentValidation.Results;

namespace AIntops.Application.Auth.ResetPassword;

/// <param name="Token">The secret from the emailed reset link.</param>
public sealed record ResetPasswordCommand(string Token, string NewPassword) : IRequest<Unit>;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("The reset link has no token. Open the full link from the email.");
        RuleFor(c => c.NewPassword).ValidPassword();
    }
}

/// <summary>
/// Sets the new password, uses up the link (and any other open link of the account) and ends every
/// session of the user, in one transaction: the link works exactly once even under concurrent use.
/// </summary>
public sealed class ResetPasswordHandler(IAppDbContext db, IPasswordHasher hasher, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<ResetPasswordCommand, Unit>
{
    public async Task<Unit> Handle(ResetPasswordCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = OpaqueTokens.Hash(request.Token);
        var open = db.PasswordResetTokens.Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now);
        var userId = await open.Select(t => (Guid?)t.UserId).FirstOrDefaultAsync(cancellationToken) ?? throw InvalidLink();
        var passwordHash = hasher.Hash(request.NewPassword);

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (await open.ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken) != 1) throw InvalidLink();
        await db.PasswordResetTokens.Where(t => t.UserId == userId && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        await db.RevokeFamiliesAsync(f => f.UserId == userId, RefreshRevocationReason.PasswordReset, clock);
        var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken);
        user.ChangePassword(passwordHash);
        var organizations = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId).Select(m => m.OrganizationId).ToListAsync(cancellationToken);
        foreach (var organizationId in organizations)
            db.Record(organizationId, ActivityTypes.PasswordReset, userId, caller.ClientIp, now, subject: user.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    private static ValidationException InvalidLink() =>
        new([new ValidationFailure("token", "This reset link is invalid, was already used or has expired. Ask for a new one.")]);
}
