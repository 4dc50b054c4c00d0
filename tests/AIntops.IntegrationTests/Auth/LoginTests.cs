using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

public sealed class LoginTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    [Fact]
    public async Task Login_with_the_right_password_gives_a_working_token_pair()
    {
        var account = await _client.SignupAsync();

        var tokens = await _client.LoginAsync(account.Email);

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.NotEqual(account.Tokens.RefreshToken, tokens.RefreshToken);
        var me = await factory.CreateClient().As(tokens.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(account.Email, me["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_give_the_identical_401()
    {
        var account = await _client.SignupAsync();

        var wrongPassword = await (await _client.TryLoginAsync(account.Email, "wrong password"))
            .ProblemWithoutTraceIdAsync(HttpStatusCode.Unauthorized);
        var unknownEmail = await (await _client.TryLoginAsync(ApiClient.UniqueEmail("nobody"), ApiClient.Password))
            .ProblemWithoutTraceIdAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword, unknownEmail);
    }

    [Fact]
    public async Task After_max_failures_even_the_right_password_is_423_with_Retry_After()
    {
        var account = await _client.SignupAsync();

        await FailUntilLockedAsync(account.Email);
        var response = await _client.TryLoginAsync(account.Email, account.Password);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Locked);
        Assert.Contains("locked", problem["detail"]!.GetValue<string>());
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(factory.AuthOptions().LockoutMinutes));
    }

    [Fact]
    public async Task An_unknown_email_is_locked_exactly_like_an_account()
    {
        var account = await _client.SignupAsync();
        var unknown = ApiClient.UniqueEmail("nobody");

        var accountLocked = await FailUntilLockedAsync(account.Email);
        var unknownLocked = await FailUntilLockedAsync(unknown);

        Assert.Equal(accountLocked, unknownLocked);
        Assert.Equal(
            await (await _client.TryLoginAsync(account.Email, account.Password)).ProblemWithoutTraceIdAsync(HttpStatusCode.Locked),
            await (await _client.TryLoginAsync(unknown, account.Password)).ProblemWithoutTraceIdAsync(HttpStatusCode.Locked));
    }

    [Fact]
    public async Task Parallel_failures_are_all_counted_so_the_lockout_holds()
    {
        var account = await _client.SignupAsync();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            (await _client.TryLoginAsync(account.Email, "wrong password")).StatusCode));

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Locked }));
        await (await _client.TryLoginAsync(account.Email, account.Password)).ExpectProblemAsync(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task An_email_longer_than_any_account_can_have_is_400()
    {
        var response = await _client.TryLoginAsync(new string('a', 300) + "@example.com", ApiClient.Password);

        Assert.NotNull((await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["email"]);
    }

    [Fact]
    public async Task Lockout_ends_once_the_lockout_time_has_passed()
    {
        await using var api = new ApiFactory();
        var client = api.CreateClientWithoutCookies();
        var account = await client.SignupAsync();
        await FailUntilLockedAsync(account.Email, client, api.AuthOptions().LockoutMaxFailures);

        api.Clock.Advance(TimeSpan.FromMinutes(api.AuthOptions().LockoutMinutes) - TimeSpan.FromSeconds(5));
        await (await client.TryLoginAsync(account.Email, account.Password)).ExpectProblemAsync(HttpStatusCode.Locked);

        api.Clock.Advance(TimeSpan.FromSeconds(6));
        await client.LoginAsync(account.Email);
    }

    [Fact]
    public async Task Activity_records_signup_login_failed_logins_and_the_lockout()
    {
        var account = await _client.SignupAsync();
        await _client.LoginAsync(account.Email);
        await FailUntilLockedAsync(account.Email);

        var (_, types) = await factory.CreateClient().As(account.Tokens.AccessToken).ActivityAsync();

        Assert.Equal(1, types.Count(t => t == "signup"));
        Assert.Equal(1, types.Count(t => t == "login"));
        Assert.Equal(factory.AuthOptions().LockoutMaxFailures, types.Count(t => t == "login_failed"));
        Assert.Equal(1, types.Count(t => t == "lockout"));
    }

    [Fact]
    public async Task Accepting_an_invitation_and_changing_the_password_share_the_login_lockout()
    {
        var victim = await factory.SignupOwnerAsync();
        var attacker = await factory.SignupOwnerAsync();
        var invitation = await attacker.Client.InviteAsync(victim.Email);
        var guesser = factory.CreateClientWithoutCookies();
        var maxFailures = factory.AuthOptions().LockoutMaxFailures;

        for (var i = 1; i < maxFailures; i++)
            await (await guesser.PostAcceptAsync(invitation.Token, "wrong password")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await guesser.PostAcceptAsync(invitation.Token, "wrong password")).ExpectProblemAsync(HttpStatusCode.Locked);

        await (await guesser.PostAcceptAsync(invitation.Token, ApiClient.Password)).ExpectProblemAsync(HttpStatusCode.Locked);
        await (await _client.TryLoginAsync(victim.Email, ApiClient.Password)).ExpectProblemAsync(HttpStatusCode.Locked);
        var change = await victim.Client.PostAsJsonAsync("/v1/auth/change-password", new { currentPassword = ApiClient.Password, newPassword = "another password" });
        await change.ExpectProblemAsync(HttpStatusCode.Locked);
    }

    /// <summary>Fails with a wrong password until the lockout: 401 each time, then 423 on the last allowed failure.</summary>
    /// <returns>The lockout response, without its trace id.</returns>
    private Task<string> FailUntilLockedAsync(string email) => FailUntilLockedAsync(email, _client, factory.AuthOptions().LockoutMaxFailures);

    private static async Task<string> FailUntilLockedAsync(string email, HttpClient client, int maxFailures)
    {
        for (var i = 1; i < maxFailures; i++)
            await (await client.TryLoginAsync(email, "wrong password")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        return await (await client.TryLoginAsync(email, "wrong password")).ProblemWithoutTraceIdAsync(HttpStatusCode.Locked);
    }
}
