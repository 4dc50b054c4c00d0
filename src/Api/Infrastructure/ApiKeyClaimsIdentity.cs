using System.Security.Claims;
using AIntops.Application.ApiKeys;

namespace AIntops.Api.Infrastructure;

/// <summary>A resolved API key as an identity: the key itself for the endpoints, and its fields as claims for everything else.</summary>
public sealed class ApiKeyClaimsIdentity(ApiKeyIdentity key) : ClaimsIdentity(ClaimsOf(key), ApiKeyAuthentication.Scheme)
{
    public const string KeyIdClaim = "api_key_id";
    public const string OrganizationClaim = "api_key_org";
    public const string CreatedByClaim = "api_key_created_by";
    public const string TeamClaim = "api_key_team";
    public const string EnvironmentClaim = "api_key_environment";

    public ApiKeyIdentity Key { get; } = key;

    private static List<Claim> ClaimsOf(ApiKeyIdentity key)
    {
        List<Claim> claims =
        [
            new(KeyIdClaim, key.KeyId.ToString()),
            new(OrganizationClaim, key.OrganizationId.ToString()),
            new(CreatedByClaim, key.CreatedByUserId.ToString()),
        ];
        if (key.Team is not null) claims.Add(new Claim(TeamClaim, key.Team));
        if (key.Environment is not null) claims.Add(new Claim(EnvironmentClaim, key.Environment));
        return claims;
    }
}
