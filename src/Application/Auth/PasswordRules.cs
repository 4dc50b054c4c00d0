using System.Text;
using AIntops.Domain.Common;

namespace AIntops.Application.Auth;

public static class PasswordRules
{
    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Password is required.")
            .Must(p => !p.Contains('\0')).WithMessage("Password must not contain NUL characters.")
            .Must(p => Encoding.UTF8.GetByteCount(p) >= Limits.PasswordMinBytes)
            .WithMessage($"Password must be at least {Limits.PasswordMinBytes} bytes (UTF-8).")
            .Must(p => Encoding.UTF8.GetByteCount(p) <= Limits.PasswordMaxBytes)
            .WithMessage($"Password must be at most {Limits.PasswordMaxBytes} bytes (UTF-8); bcrypt ignores anything longer.");

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Email is required.")
            .MaximumLength(Limits.EmailMaxLength)
            .EmailAddress().WithMessage("Email must be a valid email address.");

    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule, string what) =>
        rule.Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage($"{what} is required.")
            .MaximumLength(Limits.NameMaxLength).WithMessage($"{what} must be at most {Limits.NameMaxLength} characters.");
}
