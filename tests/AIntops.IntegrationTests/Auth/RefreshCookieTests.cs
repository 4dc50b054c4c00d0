using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.Net.Http.Headers;

namespace AIntops.IntegrationTests.Auth;

/// <summary>How the refresh token travels: an httpOnly cookie for the SPA, or an optional JSON body.</summary>
public sealed class RefreshCookieTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    [Fact]
    public async Task Signup_login_and_refresh_set_an_HttpOnly_SameSite_Strict_cookie_scoped_to_the_auth_path()
    {
        var email = ApiClient.UniqueEmail();
        var signup = await _client.PostAsJsonAsync("/v1/auth/signup",
            new { email, password = ApiClient.Password, name = "Ann", organizationName = "Acme" });
        var login = await _client.TryLoginAsync(email, ApiClient.Password);
        var refresh = await _client.RefreshAsync(await RefreshTokenInBodyAsync(login));

        foreach (var response in new[] { signup, login, refresh })
        {
            var cookie = response.RefreshCookie();
            Assert.Equal(await RefreshTokenInBodyAsync(response), cookie.Value.ToString());
            Assert.True(cookie.HttpOnly);
            Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
            Assert.Equal("/v1/auth", cookie.Path.ToString());
            Assert.True(cookie.Expires > DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Refresh_works_with_the_cookie_alone_and_no_body()
    {
        var account = await _client.SignupAsync();

        var response = await _client.PostWithRefreshCookieAsync("/v1/auth/refresh", account.Tokens.RefreshToken);

        await response.ExpectAsync(HttpStatusCode.OK);
        var rotated = (await response.Content.ReadFromJsonAsync<TokenPair>())!;
        Assert.NotEqual(account.Tokens.RefreshToken, rotated.RefreshToken);
        Assert.Equal(rotated.RefreshToken, response.RefreshCookie().Value.ToString());
    }

    [Fact]
    public async Task Logout_with_the_cookie_alone_is_204_clears_the_cookie_and_ends_the_session()
    {
        var account = await _client.SignupAsync();

        var response = await _client.PostWithRefreshCookieAsync("/v1/auth/logout", account.Tokens.RefreshToken);

        await response.ExpectAsync(HttpStatusCode.NoContent);
        var cleared = response.RefreshCookie();
        Assert.Equal("", cleared.Value.ToString());
        Assert.Equal("/v1/auth", cleared.Path.ToString());
        Assert.True(cleared.Expires < DateTimeOffset.UtcNow);
        await _client.ExpectRefreshRejectedAsync(account.Tokens.RefreshToken);
    }

    [Theory]
    [InlineData("/v1/auth/refresh", "{not json")]
    [InlineData("/v1/auth/refresh", """{"refreshToken": 5}""")]
    [InlineData("/v1/auth/logout", "{not json")]
    public async Task A_body_that_is_not_the_documented_JSON_is_400(string url, string body)
    {
        await (await _client.PostRawJsonAsync(url, body)).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<string> RefreshTokenInBodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["refreshToken"]!.GetValue<string>();
}
