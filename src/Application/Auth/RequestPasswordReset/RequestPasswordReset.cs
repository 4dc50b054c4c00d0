using AIntops.Application.Common;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Security;
using AIntops.Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.RequestPasswordReset;

public sealed record RequestPasswordResetCommand(string Email) : IRequest<PasswordResetRequested>;

/// <summary>The same answer whether or not an account has the email.</summary>
public sealed record PasswordResetRequested(string Message)
{
    public static readonly PasswordResetRequested Instance =
        new("If an account uses this email, a link to reset its password is on its way. Check your inbox.");
}

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(c => c.Email).ValidEmail();
}

/// <summary>
/// Emails a single-use reset link to an existing account, at most <see cref="AuthOptions.PasswordResetEmailsPerHour"/>
/// times an hour. Both paths run the same queries and the email leaves after the response, so the
/// answer and its timing do not tell whether the account exists.
/// </summary>
public sealed class RequestPasswordResetHandler(
    IAppDbContext db, TimeProvider clock, IOptions<AuthOptions> options, IOptions<AppOptions> app, IEmailSender mail, EmailQueue outbox,
    ILogger<RequestPasswordResetHandler> logger)
    : IRequestHandler<RequestPasswordResetCommand, PasswordResetRequested>
{
    public const string LinkPath = "/reset-password#token=";

    public async Task<PasswordResetRequested> Handle(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var email = User.NormalizeEmail(request.Email);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken) ?? Guid.Empty;
        var sentLastHour = await db.PasswordResetTokens.CountAsync(t => t.UserId == userId && t.CreatedAt > now.AddHours(-1), cancellationToken);
        if (userId == Guid.Empty || sentLastHour >= settings.PasswordResetEmailsPerHour) return PasswordResetRequested.Instance;
        if (!mail.IsConfigured)
        {
            logger.LogWarning("A password reset was requested, but no SMTP server is configured (Smtp:Host, Smtp:From): no email was sent.");
            return PasswordResetRequested.Instance;
        }

        var token = OpaqueTokens.Create();
        var expiresAt = now.AddMinutes(settings.PasswordResetMinutes);
        db.PasswordResetTokens.Add(new PasswordResetToken(userId, OpaqueTokens.Hash(token), now, expiresAt));
        await db.SaveChangesAsync(cancellationToken);
        outbox.Enqueue(new EmailMessage([email], "Reset your AIntops password",
            "Someone, hopefully you, asked to reset the password of your AIntops account.\n\n" +
            $"Choose a new password: {app.Value.Link(LinkPath + token)}\n\n" +
            $"The link works once, until {expiresAt:yyyy-MM-dd HH:mm} UTC. Setting a new password signs you out everywhere.\n" +
            "If you did not ask for this, ignore this email: your password stays as it is.\n"));
        return PasswordResetRequested.Instance;
    }
}
