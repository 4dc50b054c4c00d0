using FluentValidation;

namespace AIntops.Application.Providers.ReplaceProviderCredentials;

public sealed class ReplaceProviderCredentialsValidator : AbstractValidator<ReplaceProviderCredentialsCommand>
{
    public ReplaceProviderCredentialsValidator() => RuleFor(c => c.Credentials).AdminKey();
}
