using AIntops.Application.Common.Outbound;
using AIntops.Domain.Common;
using AIntops.Domain.Providers;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Providers.ConnectProvider;

public sealed class ConnectProviderValidator : AbstractValidator<ConnectProviderCommand>
{
    public ConnectProviderValidator(IOptions<OutboundOptions> outbound)
    {
        RuleFor(c => c.Provider).Must(ProviderCatalog.IsKnown)
            .WithMessage($"Provider must be one of: {string.Join(", ", ProviderCatalog.Names)}.");
        RuleFor(c => c.Credentials).AdminKey();
        RuleFor(c => c.BaseUrl).OutboundUrl(outbound.Value, "base_url", httpsOnly: false).When(c => !string.IsNullOrWhiteSpace(c.BaseUrl));
        RuleFor(c => c.BaseUrl).MaximumLength(ProviderLimits.BaseUrlMaxLength).OverridePropertyName("base_url");
        RuleFor(c => c.Name).MaximumLength(Limits.NameMaxLength);
    }
}
