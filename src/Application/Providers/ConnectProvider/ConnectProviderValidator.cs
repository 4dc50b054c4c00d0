using AIntops.Application.Common.Outbound;
using AIntops.Application.Common.Validation;
using AIntops.Domain.Common;
using AIntops.Domain.Providers;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Providers.ConnectProvider;

public sealed class ConnectProviderValidator : AbstractValidator<ConnectProviderCommand>
{
    public ConnectProviderValidator(IOptions<OutboundOptions> outbound)
    {
        RuleFor(c => c.Provider).NotNull().OneOf(ProviderCatalog.Names, "provider");
        RuleFor(c => c.Credentials).AdminKey();
        RuleFor(c => c.RequestedBaseUrl).OutboundUrl(outbound.Value, "baseUrl", httpsOnly: false).When(c => !string.IsNullOrWhiteSpace(c.RequestedBaseUrl));
        RuleFor(c => c.RequestedBaseUrl).MaximumLength(ProviderLimits.BaseUrlMaxLength).OverridePropertyName("baseUrl");
        RuleFor(c => c.Name).MaximumLength(Limits.NameMaxLength);
    }
}
