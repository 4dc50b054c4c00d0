using AIntops.Application.Common.Activity;
using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Common.Security;
using AIntops.Domain.Activity;
using AIntops.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth.Login;

public sealed record LoginCommand(string Email, string Password) : IRequest<AuthTokens>;

public sealed class LoginHandler(
    IAppDbContext db, IPasswordHasher hasher, AuthSessions sessions, ICurrentUser caller, TimeProvider clock, IOptions<AuthOptions> options)
    : IRequestHandler<LoginCommand, AuthTokens>
{
    private const string InvalidCredentials = "The email or password is incorrect.";

    public async Task<AuthTokens> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var email = User.NormalizeEmail(request.Email);
        var throttle = await db.LoginThrottles.FirstOrDefaultAsync(t => t.Email == email, cancellationToken);
        if (throttle is not null && throttle.IsLocked(now))
            throw Locked(throttle.LockedUntil!.Value - now);

        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        var passwordOk = hasher.Verify(request.Password, user?.PasswordHash ?? DummyHash()) && user is not null;
        var membership = user is null ? null : await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id).OrderBy(m => m.CreatedAt).FirstOrDefaultAsync(cancellationToken);

        if (!passwordOk)
        {
            if (throttle is null) db.LoginThrottles.Add(throttle = new LoginThrottle(email));
            var locked = throttle.RecordFailure(now, settings.LockoutMaxFailures,
                TimeSpan.FromMinutes(settings.LockoutWindowMinutes), TimeSpan.FromMinutes(settings.LockoutMinutes));
            if (membership is not null)
            {
                db.Record(membership.OrganizationId, ActivityTypes.LoginFailed, user!.Id, caller.ClientIp, now, subject: email);
                if (locked) db.Record(membership.OrganizationId, ActivityTypes.Lockout, user.Id, caller.ClientIp, now, subject: email);
            }
            await db.SaveChangesAsync(cancellationToken);
            throw locked ? Locked(TimeSpan.FromMinutes(settings.LockoutMinutes)) : new UnauthorizedException(InvalidCredentials);
        }

        throttle?.Reset();
        if (membership is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            throw new ForbiddenException("This account no longer belongs to any organization. Ask an owner for a new invitation.");
        }
        user!.RecordLogin(now);
        db.Record(membership.OrganizationId, ActivityTypes.Login, user.Id, caller.ClientIp, now, subject: email);
        var family = sessions.Start(user.Id, membership.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, membership.Role);
    }

    private static LockedException Locked(TimeSpan remaining) => new(
        $"Too many failed sign-in attempts. Sign-in is locked for {Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes))} minute(s).", remaining);

    /// <summary>Verified against when the email is unknown, so both paths cost the same.</summary>
    private string DummyHash() => _dummyHash ??= hasher.Hash(Guid.NewGuid().ToString());

    private static string? _dummyHash;
}
