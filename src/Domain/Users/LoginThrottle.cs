namespace AIntops.Domain.Users;

/// <summary>
/// Failed-login counter per normalized email, kept whether or not the account exists so that
/// lockouts never reveal which emails are registered.
/// </summary>
public sealed class LoginThrottle
{
    private LoginThrottle() { }

    public LoginThrottle(string email) => Email = email;

    public string Email { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTime WindowStartedAt { get; private set; }
    public DateTime? LockedUntil { get; private set; }

    public bool IsLocked(DateTime now) => LockedUntil is { } until && until > now;

    /// <returns>true when this failure locked the account.</returns>
    public bool RecordFailure(DateTime now, int maxFailures, TimeSpan window, TimeSpan lockout)
    {
        if (Failures == 0 || now - WindowStartedAt > window)
        {
            Failures = 0;
            WindowStartedAt = now;
        }
        Failures++;
        if (Failures < maxFailures) return false;
        LockedUntil = now + lockout;
        Failures = 0;
        return true;
    }

    public void Reset()
    {
        Failures = 0;
        LockedUntil = null;
    }
}
