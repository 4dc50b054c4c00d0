using AIntops.Domain.Common;
using AIntops.Domain.Providers;
using FluentValidation;

namespace AIntops.Application.Providers.ConnectProvider;

public sealed class ConnectProviderValidator : AbstractValidator<ConnectProviderCommand>
{
    public ConnectProviderValidator()
    {
        RuleFor(c => c.Provider).Must(ProviderCatalog.IsKnown)
            .WithMessage($"Provider must be one of: {string.Join(", ", ProviderCatalog.Names)}.");
        RuleFor(c => c.Credentials).AdminKey();
        RuleFor(c => c.BaseUrl).Must(BeAnHttpUrl!).When(c => !string.IsNullOrWhiteSpace(c.BaseUrl))
            .WithMessage("base_url must be an absolute http or https URL.")
            .MaximumLength(ProviderLimits.BaseUrlMaxLength)
            .OverridePropertyName("base_url");
        RuleFor(c => c.Name).MaximumLength(Limits.NameMaxLength);
    }

    private static bool BeAnHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
