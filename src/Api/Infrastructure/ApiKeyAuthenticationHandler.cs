using System.Security.Claims;
using System.Text.Encodings.Web;
using AIntops.Application.ApiKeys;
using AIntops.Application.Common.Exceptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// Resolves the X-API-Key header (or, without one, an <c>Authorization: Bearer</c> token, as OTLP exporters send keys) through <see cref="ApiKeyCache"/> (no database read while the key is cached). A client address that
/// keeps sending unknown keys gets 429 for keys not already known to be valid, without a lookup; its applications with valid keys go on.
/// The base class would log every refusal at Information: a client with a revoked key would flood the log, so it logs nothing.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, UrlEncoder encoder, ApiKeyCache keys, IngestRateLimiter limiter)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[ApiKeyAuthentication.Header].ToString();
        if (header.Length == 0 && Request.Headers.Authorization.ToString() is var authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            header = authorization["Bearer ".Length..].Trim();
        if (header.Length == 0) return AuthenticateResult.NoResult();
        var client = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.InvalidKeysExhausted(client) is { } retryAfter)
            return keys.Cached(header) is { } known
                ? Success(known)
                : AuthenticateResult.Fail(new TooManyRequestsException("Too many requests with unknown API keys from this client.", retryAfter));
        if (await keys.ResolveAsync(header, Context.RequestAborted) is { } key) return Success(key);
        limiter.InvalidKeyTried(client);
        return AuthenticateResult.Fail(new UnauthorizedException("The API key is invalid or has been revoked."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        switch ((await HandleAuthenticateOnceSafeAsync()).Failure)
        {
            case TooManyRequestsException limited:
                ProblemDetailsExceptionHandler.SetRetryAfter(Context, limited.RetryAfter);
                await AuthenticationSetup.WriteProblemAsync(Context, StatusCodes.Status429TooManyRequests, "Too many requests.", limited.Message);
                break;
            case { } failure:
                await AuthenticationSetup.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized.", failure.Message);
                break;
            default:
                await AuthenticationSetup.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized.",
                    $"Send your organization's API key in the {ApiKeyAuthentication.Header} header or as Authorization: Bearer <key>.");
                break;
        }
    }

    private AuthenticateResult Success(ApiKeyIdentity key) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ApiKeyClaimsIdentity(key)), Scheme.Name));
}
