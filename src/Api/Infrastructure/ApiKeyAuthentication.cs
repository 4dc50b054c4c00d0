using System.Security.Claims;
using AIntops.Application.ApiKeys;
using Microsoft.AspNetCore.Authorization;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Authentication by organization API key (X-API-Key, or a bearer token that is a key), for applications sending telemetry. An endpoint takes one with
/// <see cref="RequireApiKey{TBuilder}"/> and reads the key with <see cref="ApiKey"/>; a member's access token never stands in for a key.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-API-Key";

    /// <summary>An authenticated key, by this scheme only. Metadata rather than a named policy, so the endpoint carries no bearer requirement.</summary>
    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build();

    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Policy);

    /// <summary>
    /// The gateway's scheme: the key in <c>X-AIntops-Key</c> only, since <c>Authorization</c> carries the caller's provider key,
    /// and refusals in the provider's error shape.
    /// </summary>
    public const string GatewayScheme = "GatewayKey";

    public static readonly AuthorizationPolicy GatewayPolicy = new AuthorizationPolicyBuilder(GatewayScheme).RequireAuthenticatedUser().Build();

    /// <summary>The scheme of endpoints that take either: the API key when the request carries <see cref="Header"/>, else the bearer token.</summary>
    public const string BearerOrApiKeyScheme = "BearerOrApiKey";

    /// <summary>
    /// A signed-in member whose role grants <paramref name="permission"/>, or an API key of the organization, which acts for the person
    /// who created it (<see cref="HttpCurrentUser"/>).
    /// </summary>
    public static TBuilder RequirePermissionOrApiKey<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuthorizationPolicyBuilder(BearerOrApiKeyScheme).RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.Identity is ApiKeyClaimsIdentity || AuthenticationSetup.HasPermission(context.User, permission)).Build());

    /// <summary>Whether an endpoint takes an API key: only one (<see cref="Scheme"/>), or one or a bearer token (<see cref="BearerOrApiKeyScheme"/>).</summary>
    public static bool TakesApiKey(this IEnumerable<object> metadata, bool orBearer = false) =>
        metadata.OfType<AuthorizationPolicy>().Any(p => p.AuthenticationSchemes.Contains(orBearer ? BearerOrApiKeyScheme : Scheme));

    /// <summary>The key of a request authenticated by <see cref="Policy"/>.</summary>
    public static ApiKeyIdentity ApiKey(this ClaimsPrincipal user) => (user.Identity as ApiKeyClaimsIdentity)?.Key
        ?? throw new InvalidOperationException($"The endpoint reads an API key but does not require one: add {nameof(RequireApiKey)}().");
}
