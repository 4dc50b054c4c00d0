using System.Security.Claims;
using AIntops.Application.ApiKeys;
using Microsoft.AspNetCore.Authorization;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Authentication by organization API key (X-API-Key), for applications sending telemetry. An endpoint takes one with
/// <see cref="RequireApiKey{TBuilder}"/> and reads the key with <see cref="ApiKey"/>; a bearer token never stands in for a key.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-API-Key";

    /// <summary>An authenticated key, by this scheme only. Metadata rather than a named policy, so the endpoint carries no bearer requirement.</summary>
    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build();

    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Policy);

    /// <summary>Whether an endpoint takes an API key rather than a bearer token.</summary>
    public static bool TakesApiKey(this IEnumerable<object> metadata) => metadata.OfType<AuthorizationPolicy>().Any(p => p.AuthenticationSchemes.Contains(Scheme));

    /// <summary>The key of a request authenticated by <see cref="Policy"/>.</summary>
    public static ApiKeyIdentity ApiKey(this ClaimsPrincipal user) => (user.Identity as ApiKeyClaimsIdentity)?.Key
        ?? throw new InvalidOperationException($"The endpoint reads an API key but does not require one: add {nameof(RequireApiKey)}().");
}
