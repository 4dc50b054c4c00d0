using System.Security.Claims;
using System.Text.Encodings.Web;
using AIntops.Application.ApiKeys;
using AIntops.Application.Common.Exceptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Infrastructure;

/// <summary>How a scheme of <see cref="ApiKeyAuthenticationHandler"/> reads its key and answers a refusal.</summary>
public sealed class ApiKeySchemeOptions : AuthenticationSchemeOptions
{
    public string Header { get; set; } = ApiKeyAuthentication.Header;

    /// <summary>Without <see cref="Header"/>, take an <c>Authorization: Bearer</c> token as the key.</summary>
    public bool AcceptsBearer { get; set; } = true;

    /// <summary>Writes a refusal (status, title, detail); a ProblemDetails body unless set.</summary>
    public Func<HttpContext, int, string, string, Task> WriteError { get; set; } = AuthenticationSetup.WriteProblemAsync;
}

/// <summary>
/// Resolves the X-API-Key header (or, without one, an <c>Authorization: Bearer</c> token, as OTLP exporters send keys) through <see cref="ApiKeyCache"/> (no database read while the key is cached). A client address that
/// keeps sending unknown keys gets 429 for keys not already known to be valid, without a lookup; its applications with valid keys go on.
/// The base class would log every refusal at Information: a client with a revoked key would flood the log, so it logs nothing.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeySchemeOptions> options, UrlEncoder encoder, ApiKeyCache keys, IngestRateLimiter limiter)
    : AuthenticationHandler<ApiKeySchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[Options.Header].ToString();
        if (header.Length == 0 && Options.AcceptsBearer && Request.Headers.Authorization.ToString() is var authorization
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
                await Options.WriteError(Context, StatusCodes.Status429TooManyRequests, "Too many requests.", limited.Message);
                break;
            case { } failure:
                await Options.WriteError(Context, StatusCodes.Status401Unauthorized, "Unauthorized.", failure.Message);
                break;
            default:
                await Options.WriteError(Context, StatusCodes.Status401Unauthorized, "Unauthorized.", Options.AcceptsBearer
                    ? $"Send your organization's API key in the {Options.Header} header or as Authorization: Bearer <key>."
                    : $"Send your organization's AIntops API key in the {Options.Header} header.");
                break;
        }
    }

    private AuthenticateResult Success(ApiKeyIdentity key) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ApiKeyClaimsIdentity(key)), Scheme.Name));
}
