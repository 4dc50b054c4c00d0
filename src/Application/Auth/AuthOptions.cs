namespace AIntops.Application.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    public double AccessTokenMinutes { get; set; } = 15;
    /// <summary>Tolerance for clock differences when validating access-token lifetimes.</summary>
    public int ClockSkewSeconds { get; set; } = 30;
    public int RefreshTokenDays { get; set; } = 30;
    public int RefreshIdleDays { get; set; } = 7;
    /// <summary>How long the direct predecessor of the active refresh token still answers with the same successor.</summary>
    public int RefreshGraceSeconds { get; set; } = 30;
    public int BcryptCost { get; set; } = 12;
    public int LockoutMaxFailures { get; set; } = 5;
    public int LockoutWindowMinutes { get; set; } = 15;
    public int LockoutMinutes { get; set; } = 15;
    public int InvitationDays { get; set; } = 7;
    /// <summary>Anyone may sign up with a new organization; when false only invited people can join.</summary>
    public bool AllowSignup { get; set; } = true;
    /// <summary>How long a password reset link works.</summary>
    public int PasswordResetMinutes { get; set; } = 30;
    /// <summary>Most reset emails sent to one account per hour; further requests are answered the same and send nothing.</summary>
    public int PasswordResetEmailsPerHour { get; set; } = 3;
}
