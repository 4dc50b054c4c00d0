using AIntops.Application.Common.Security;

namespace AIntops.Application.ApiKeys;

/// <summary>Ingest keys look like <c>aik_</c> + 43 url-safe characters; the first 12 characters are shown as the prefix.</summary>
public static class ApiKeySecrets
{
    public const string Scheme = "aik_";
    private const int PrefixLength = 12;

    public static (string Key, string Prefix, string Hash) Create()
    {
        var key = Scheme + OpaqueTokens.Create();
        return (key, key[..PrefixLength], OpaqueTokens.Hash(key));
    }
}
