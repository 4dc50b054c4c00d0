using System.Security.Claims;
using AIntops.Api.Gateway;
using AIntops.Application.Auth;
using AIntops.Application.Gateway;
using AIntops.Application.Common;
using AIntops.Domain.Organizations;
using AIntops.Infrastructure.Auth;
using AIntops.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Bearer access tokens for people (the default scheme, a policy per permission, and the fallback policy that denies an endpoint
/// which declares nothing), and API keys for applications (<see cref="ApiKeyAuthentication"/>).
/// </summary>
public static class AuthenticationSetup
{
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer()
            .AddScheme<ApiKeySchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null)
            .AddScheme<ApiKeySchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.GatewayScheme, options =>
            {
                options.Header = GatewayAttribution.KeyHeader;
                options.AcceptsBearer = false;
                options.WriteError = GatewayErrors.WriteAsync;
            })
            .AddPolicyScheme(ApiKeyAuthentication.BearerOrApiKeyScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header) ? ApiKeyAuthentication.Scheme : JwtBearerDefaults.AuthenticationScheme);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<JwtKeys, IOptions<AuthOptions>>((options, keys, auth) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Audience,
                IssuerSigningKeys = keys.ValidationKeys,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(auth.Value.ClockSkewSeconds),
                RoleClaimType = TokenIssuer.RoleClaim,
                NameClaimType = JwtRegisteredClaimNames.Sub,
            };
            options.Events = new JwtBearerEvents
            {
                // The gateway's Authorization header holds the caller's provider key, never an access token: not read as one.
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(GatewayPaths.Prefix)) context.NoResult();
                    return Task.CompletedTask;
                },
                OnTokenValidated = ApplyCurrentMembershipAsync,
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    await WriteProblemAsync(context.HttpContext, 401, "Unauthorized.",
                        context.AuthenticateFailure is null ? "Sign in first: send a bearer access token." : "The access token is invalid or expired.");
                },
                OnForbidden = context => WriteProblemAsync(context.HttpContext, 403, "Forbidden.", "Your role does not allow this action."),
            };
        });
        services.AddAuthorization(options =>
        {
            // Deny by default: an endpoint that declares neither a policy nor AllowAnonymous needs a signed-in user, as with RequireAuthorization().
            options.FallbackPolicy = options.DefaultPolicy;
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => HasPermission(context.User, permission)));
        });
        return services;
    }

    /// <summary>Whether a signed-in member's role grants <paramref name="permission"/>.</summary>
    public static bool HasPermission(ClaimsPrincipal user, string permission) =>
        RoleNames.TryParse(user.FindFirst(TokenIssuer.RoleClaim)?.Value, out var role) && Permissions.Has(role, permission);

    /// <summary>
    /// Roles change, members get removed and sessions end (logout, password change, refresh-token reuse):
    /// the membership and the liveness of the token's session (refresh-token family) are read from the
    /// database in one query on every request, so a revocation on any instance applies at once everywhere.
    /// </summary>
    private static async Task ApplyCurrentMembershipAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var userId)
            || !Guid.TryParse(principal.FindFirst(TokenIssuer.OrganizationClaim)?.Value, out var organizationId)
            || !Guid.TryParse(principal.FindFirst(TokenIssuer.SessionClaim)?.Value, out var sessionId))
        {
            context.Fail("Malformed access token.");
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var role = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.OrganizationId == organizationId)
            .Where(m => db.RefreshTokenFamilies.Any(f => f.Id == sessionId && f.UserId == userId && f.OrganizationId == organizationId && f.RevokedAt == null))
            .Select(m => (Role?)m.Role).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (role is null)
        {
            context.Fail("Membership or session ended.");
            return;
        }
        var identity = (System.Security.Claims.ClaimsIdentity)principal.Identity!;
        foreach (var claim in identity.FindAll(TokenIssuer.RoleClaim).ToList()) identity.RemoveClaim(claim);
        identity.AddClaim(new System.Security.Claims.Claim(TokenIssuer.RoleClaim, role.Value.ToName()));
    }

    public static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
