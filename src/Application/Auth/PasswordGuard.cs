using AIntops.Application.Common.Security;
using AIntops.Domain.Users;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Auth;

public enum PasswordVerdict
{
    Correct,
    Wrong,
    /// <summary>Wrong, and this failure locked the email.</summary>
    WrongAndLocked,
}

/// <summary>
/// Every place that checks a password (login, accepting an invitation with an existing account,
/// changing the password) goes through here, so they all share one lockout per email.
/// </summary>
public sealed class PasswordGuard(IAppDbContext db, IPasswordHasher hasher, TimeProvider clock, IOptions<AuthOptions> options)
{
    private static string? _dummyHash;

    /// <param name="storedHash">null when no account has this email: a dummy hash is verified so both paths cost the same.</param>
    /// <exception cref="LockedException">The email is locked (checked before the password).</exception>
    public async Task<PasswordVerdict> CheckAsync(string email, string password, string? storedHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var throttle = await db.LoginThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.Email == email, cancellationToken);
        if (throttle is not null && throttle.IsLocked(now)) throw Locked(throttle.LockedUntil!.Value - now);

        var correct = hasher.Verify(password, storedHash ?? (_dummyHash ??= hasher.Hash(Guid.NewGuid().ToString()))) && storedHash is not null;
        if (correct)
        {
            if (throttle is { Failures: > 0 })
                await db.LoginThrottles.Where(t => t.Email == email).ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, 0), cancellationToken);
            return PasswordVerdict.Correct;
        }
        return await RecordFailureAsync(email, now, cancellationToken) ? PasswordVerdict.WrongAndLocked : PasswordVerdict.Wrong;
    }

    public LockedException Locked() => Locked(TimeSpan.FromMinutes(options.Value.LockoutMinutes));

    private static LockedException Locked(TimeSpan remaining) => new(
        $"Too many failed sign-in attempts. Sign-in is locked for {Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes))} minute(s).", remaining);

    /// <summary>
    /// Counts a failure as a compare-and-swap on the stored counter, so parallel guesses (also on other
    /// instances) cannot overwrite each other's count and slip past the lockout.
    /// </summary>
    /// <returns>true when this failure locked the email.</returns>
    private async Task<bool> RecordFailureAsync(string email, DateTime now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (true)
        {
            var stored = await db.LoginThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.Email == email, cancellationToken);
            var next = stored ?? new LoginThrottle(email);
            var (failures, windowStartedAt, lockedUntil) = (next.Failures, next.WindowStartedAt, next.LockedUntil);
            var locked = next.RecordFailure(now, settings.LockoutMaxFailures,
                TimeSpan.FromMinutes(settings.LockoutWindowMinutes), TimeSpan.FromMinutes(settings.LockoutMinutes));

            if (stored is null)
            {
                db.LoginThrottles.Add(next);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return locked;
                }
                catch (DbUpdateException)
                {
                    db.LoginThrottles.Entry(next).State = EntityState.Detached;
                    if (!await db.LoginThrottles.AnyAsync(t => t.Email == email, cancellationToken)) throw;
                    continue; // another request stored the first failure: count on it
                }
            }

            var swapped = await db.LoginThrottles
                .Where(t => t.Email == email && t.Failures == failures && t.WindowStartedAt == windowStartedAt && t.LockedUntil == lockedUntil)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, next.Failures)
                    .SetProperty(t => t.WindowStartedAt, next.WindowStartedAt)
                    .SetProperty(t => t.LockedUntil, next.LockedUntil), cancellationToken);
            if (swapped == 1) return locked;
        }
    }
}
