using System.Net;
using System.Net.Http.Json;
using System.Text;
using AIntops.Application.Auth;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AIntops.IntegrationTests.Support;

/// <summary>Helpers for the auth endpoints, the refresh cookie and the refresh-token families behind them.</summary>
public static class AuthApi
{
    public const string RefreshCookieName = "aintops_refresh";

    /// <summary>A client that keeps no cookies, so the only refresh token a request carries is the one the test sends.</summary>
    public static HttpClient CreateClientWithoutCookies(this ApiFactory factory)
    {
        using var kestrel = factory.CreateClient();
        return new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = kestrel.BaseAddress };
    }

    public static AuthOptions AuthOptions(this ApiFactory factory) =>
        factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value;

    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> TryLoginAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/v1/auth/login", new { email, password });

    public static Task<HttpResponseMessage> RequestPasswordResetAsync(this HttpClient client, string email) =>
        client.PostAsJsonAsync("/v1/auth/forgot-password", new { email });

    public static Task<HttpResponseMessage> ResetPasswordAsync(this HttpClient client, string token, string newPassword) =>
        client.PostAsJsonAsync("/v1/auth/reset-password", new { token, newPassword });

    /// <summary>Signs up a new account, then logs in: the login starts a fresh session (refresh-token family).</summary>
    public static async Task<(Account Account, TokenPair Login)> SignupAndLoginAsync(this HttpClient client)
    {
        var account = await client.SignupAsync();
        return (account, await client.LoginAsync(account.Email));
    }

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken });

    public static async Task<TokenPair> RefreshOkAsync(this HttpClient client, string refreshToken)
    {
        var response = await client.RefreshAsync(refreshToken);
        await response.ExpectAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }

    public static async Task ExpectRefreshRejectedAsync(this HttpClient client, string refreshToken) =>
        await (await client.RefreshAsync(refreshToken)).ExpectProblemAsync(HttpStatusCode.Unauthorized);

    /// <summary>A problem response without its per-request <c>traceId</c>, to compare two responses.</summary>
    public static async Task<string> ProblemWithoutTraceIdAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ExpectProblemAsync(expected);
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    /// <summary>The <c>aintops_refresh</c> cookie the response sets.</summary>
    public static SetCookieHeaderValue RefreshCookie(this HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues(HeaderNames.SetCookie, out var values), "The response sets no cookie.");
        return Assert.Single(SetCookieHeaderValue.ParseList(values.ToList()), c => c.Name == RefreshCookieName);
    }

    /// <summary>A POST that carries only the refresh cookie: no body and no content type, as the SPA sends it.</summary>
    public static Task<HttpResponseMessage> PostWithRefreshCookieAsync(this HttpClient client, string url, string refreshToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add(HeaderNames.Cookie, $"{RefreshCookieName}={refreshToken}");
        return client.SendAsync(request);
    }

    /// <summary>The stored family (session) of a refresh token, read straight from the database.</summary>
    public static Task<RefreshTokenFamily> FamilyOfAsync(this ApiFactory factory, string refreshToken)
    {
        var token = factory.Services.GetRequiredService<ITokenIssuer>().ReadRefreshToken(refreshToken)
            ?? throw new ArgumentException("Not a refresh token of this server.", nameof(refreshToken));
        return factory.WithDbAsync(db => db.RefreshTokenFamilies.AsNoTracking().SingleAsync(f => f.Id == token.FamilyId));
    }

    /// <summary>The one refresh-token family of the user with this email.</summary>
    public static Task<RefreshTokenFamily> OnlyFamilyOfUserAsync(this IAppDbContext db, string email) =>
        db.RefreshTokenFamilies.AsNoTracking()
            .Where(f => db.Users.Any(u => u.Id == f.UserId && u.Email == email))
            .SingleAsync();

    /// <summary>The activity of the caller's organization, newest first (as the raw JSON and the event types).</summary>
    public static async Task<(string Json, List<string> Types)> ActivityAsync(this HttpClient ownerClient)
    {
        var page = await ownerClient.GetJsonAsync("/v1/activity?limit=200");
        var types = page["items"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();
        return (page.ToJsonString(), types);
    }
}
