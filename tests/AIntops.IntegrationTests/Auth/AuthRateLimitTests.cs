using System.Net;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

public sealed class AuthRateLimitTests(AuthRateLimitTests.ThreePerMinuteFactory factory) : IClassFixture<AuthRateLimitTests.ThreePerMinuteFactory>
{
    public sealed class ThreePerMinuteFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:AuthPerClientPerMinute"] = "3",
            ["RateLimits:PasswordResetPerClientPerHour"] = "2",
        };
    }

    [Fact]
    public async Task The_auth_request_over_the_per_client_limit_is_429_with_Retry_After()
    {
        var client = factory.CreateClientWithoutCookies();
        var account = await client.SignupAsync();
        await (await client.TryLoginAsync(account.Email, "wrong password")).ExpectAsync(HttpStatusCode.Unauthorized);
        await client.LoginAsync(account.Email);

        var response = await client.TryLoginAsync(account.Email, account.Password);

        await response.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        await factory.CreateClient().As(account.Tokens.AccessToken).GetJsonAsync("/v1/me"); // other endpoints are not limited
    }

    [Fact]
    public async Task Password_reset_requests_over_the_per_client_limit_are_429_whatever_the_email()
    {
        var client = factory.CreateClientWithoutCookies();
        await (await client.RequestPasswordResetAsync(ApiClient.UniqueEmail())).ExpectAsync(HttpStatusCode.Accepted);
        await (await client.RequestPasswordResetAsync(ApiClient.UniqueEmail())).ExpectAsync(HttpStatusCode.Accepted);

        var response = await client.RequestPasswordResetAsync(ApiClient.UniqueEmail());

        await response.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }
}
