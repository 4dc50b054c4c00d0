using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

/// <summary>What ends a session (S10 and membership removal).</summary>
public sealed class SessionEndTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    [Fact]
    public async Task S10_after_logout_the_refresh_token_fails()
    {
        var (_, login) = await _client.SignupAndLoginAsync();

        await (await _client.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = login.RefreshToken })).ExpectAsync(HttpStatusCode.NoContent);

        await _client.ExpectRefreshRejectedAsync(login.RefreshToken);
    }

    [Fact]
    public async Task S10_a_password_change_ends_every_session_of_the_user_and_starts_a_new_one()
    {
        var (account, login) = await _client.SignupAndLoginAsync();
        const string newPassword = "a brand new password";

        var response = await factory.CreateClient().As(login.AccessToken)
            .PostAsJsonAsync("/v1/auth/change-password", new { currentPassword = account.Password, newPassword });

        await response.ExpectAsync(HttpStatusCode.OK);
        await _client.ExpectRefreshRejectedAsync(login.RefreshToken);
        await _client.ExpectRefreshRejectedAsync(account.Tokens.RefreshToken);
        await _client.RefreshOkAsync((await response.Content.ReadFromJsonAsync<TokenPair>())!.RefreshToken);
        await (await _client.TryLoginAsync(account.Email, account.Password)).ExpectAsync(HttpStatusCode.Unauthorized);
        await _client.LoginAsync(account.Email, newPassword);
    }

    [Fact]
    public async Task A_removed_member_can_neither_refresh_nor_use_the_access_token()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);

        await (await owner.Client.RemoveMemberAsync(member.UserId)).ExpectAsync(HttpStatusCode.NoContent);

        await _client.ExpectRefreshRejectedAsync(member.Tokens.RefreshToken);
        await (await member.Client.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }
}
