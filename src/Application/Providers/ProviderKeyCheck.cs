using AIntops.Application.Common.Security;
using AIntops.Domain.Providers;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Providers;

/// <summary>Checks a key with a live call before it is stored, and seals it for storage.</summary>
public sealed class ProviderKeyCheck(IEnumerable<IProviderUsageClient> clients, ISecretProtector secrets, ILogger<ProviderKeyCheck> logger)
{
    private const string KeyRefusedHint = "Paste an admin key (OpenAI sk-admin-…, Anthropic sk-ant-admin…).";

    /// <exception cref="CredentialsRefusedException">The provider refused the key (400).</exception>
    /// <exception cref="ValidationException">The base URL is an address the server does not call (400).</exception>
    /// <exception cref="BadGatewayException">The provider could not be reached or answered an error (502).</exception>
    public async Task<SealedKey> CheckAndSealAsync(string provider, Uri baseUrl, string credentials, CancellationToken cancellationToken)
    {
        var check = await clients.For(provider).ValidateAsync(new ProviderCredentials(credentials), baseUrl, cancellationToken);
        if (check.Status == ProviderConnectionStatus.Valid)
            return new SealedKey(secrets.Protect(credentials), credentials[^ProviderLimits.KeySuffixLength..]);
        logger.LogInformation("A {Provider} key check at {BaseUrl} failed ({Status}): {Detail}", provider, baseUrl, check.Status, check.Detail);
        var message = ProviderFailures.Message(check.Status, provider, KeyRefusedHint);
        throw check.Status switch
        {
            ProviderConnectionStatus.KeyRefused => new CredentialsRefusedException(message),
            ProviderConnectionStatus.AddressNotAllowed => new ValidationException([new ValidationFailure("baseUrl", message)]),
            _ => new BadGatewayException(message),
        };
    }
}

/// <param name="Token">The key as a Fernet token.</param>
/// <param name="Suffix">The key's last characters, shown to tell keys apart.</param>
public sealed record SealedKey(string Token, string Suffix);
