using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Security;
using AIntops.Domain.Providers;

namespace AIntops.Application.Providers;

/// <summary>Checks a key with a live call before it is stored, and seals it for storage.</summary>
public sealed class ProviderKeyCheck(IEnumerable<IProviderUsageClient> clients, ISecretProtector secrets)
{
    /// <exception cref="CredentialsRefusedException">The provider refused the key (400).</exception>
    /// <exception cref="BadGatewayException">The provider could not be reached or answered an error (502).</exception>
    public async Task<SealedKey> CheckAndSealAsync(string provider, Uri baseUrl, string credentials, CancellationToken cancellationToken)
    {
        var name = ProviderCatalog.DisplayName(provider);
        var check = await clients.For(provider).ValidateAsync(new ProviderCredentials(credentials), baseUrl, cancellationToken);
        return check.Status switch
        {
            ProviderConnectionStatus.Valid => new SealedKey(secrets.Protect(credentials), credentials[^ProviderLimits.KeySuffixLength..]),
            ProviderConnectionStatus.KeyRefused => throw new CredentialsRefusedException(
                $"{name} refused the key{Because(check.Detail)} Paste an admin key (OpenAI sk-admin-…, Anthropic sk-ant-admin…)."),
            ProviderConnectionStatus.Unreachable => throw new BadGatewayException(
                $"{name} could not be reached at {baseUrl}{Because(check.Detail)} Check the base URL and that the server is up."),
            _ => throw new BadGatewayException($"{name} answered an error at {baseUrl}{Because(check.Detail)} Try again later."),
        };
    }

    private static string Because(string? detail) => string.IsNullOrWhiteSpace(detail) ? "." : $": {detail.TrimEnd('.')}.";
}

/// <param name="Token">The key as a Fernet token.</param>
/// <param name="Suffix">The key's last characters, shown to tell keys apart.</param>
public sealed record SealedKey(string Token, string Suffix);
