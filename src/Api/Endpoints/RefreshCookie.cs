using System.Text.Json;
using AIntops.Application.Auth;

namespace AIntops.Api.Endpoints;

/// <summary>The SPA's refresh token lives in an httpOnly, SameSite=Strict cookie scoped to the auth path.</summary>
public static class RefreshCookie
{
    public const string Name = "aintops_refresh";
    public const string Path = "/v1/auth";

    public static Ok<AuthTokens> Issue(HttpContext context, AuthTokens tokens)
    {
        context.Response.Cookies.Append(Name, tokens.RefreshToken, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = Path,
            Expires = tokens.RefreshTokenExpiresAt,
        });
        return TypedResults.Ok(tokens);
    }

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, new CookieOptions { Path = Path, HttpOnly = true, SameSite = SameSiteMode.Strict });

    /// <summary>The token from an optional JSON body <c>{"refreshToken": "..."}</c>, else from the cookie.</summary>
    public static async Task<string?> ReadAsync(HttpContext context)
    {
        string? fromBody = null;
        if (context.Request.HasJsonContentType() && context.Request.ContentLength != 0)
        {
            try
            {
                fromBody = (await context.Request.ReadFromJsonAsync<TokenBody>(context.RequestAborted))?.RefreshToken;
            }
            catch (JsonException e) // a 400 like any other unreadable body, not a 500
            {
                throw new BadHttpRequestException("The body is not valid JSON of the documented shape.", StatusCodes.Status400BadRequest, e);
            }
        }
        return string.IsNullOrEmpty(fromBody) ? context.Request.Cookies[Name] : fromBody;
    }

    /// <summary>Body of refresh and logout; both also work with the cookie alone and no body.</summary>
    public sealed record TokenBody(string? RefreshToken);

    /// <summary>Whether an endpoint reads the token from the cookie (or an optional body), sets the cookie, or both; for the OpenAPI document.</summary>
    public sealed record Use(bool Reads, bool Issues);

    public static RouteHandlerBuilder IssuesRefreshCookie(this RouteHandlerBuilder builder) => builder.WithMetadata(new Use(Reads: false, Issues: true));

    public static RouteHandlerBuilder ReadsRefreshCookie(this RouteHandlerBuilder builder, bool issues) =>
        builder.WithMetadata(new OptionalJsonBody(typeof(TokenBody)), new Use(Reads: true, Issues: issues));
}

/// <summary>
/// Documents a JSON body the endpoint reads itself, so that requests without a body or content type
/// (the SPA's cookie-only refresh and logout) still reach it.
/// </summary>
public sealed record OptionalJsonBody(Type Type);
