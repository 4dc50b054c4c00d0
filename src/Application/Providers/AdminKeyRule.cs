using AIntops.Domain.Providers;

namespace AIntops.Application.Providers;

public static class AdminKeyRule
{
    private const int MinLength = 8;

    public static IRuleBuilderOptions<T, string> AdminKey<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(k => !string.IsNullOrWhiteSpace(k)).WithMessage("Credentials (the admin API key) are required.")
            .Must(k => k.Trim().Length >= MinLength).WithMessage($"Credentials must be at least {MinLength} characters.")
            .MaximumLength(ProviderLimits.CredentialsMaxLength);
}
