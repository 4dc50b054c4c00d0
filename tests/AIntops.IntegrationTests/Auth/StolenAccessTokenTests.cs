using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Auth;

/// <summary>
/// An attacker holds a copy of a victim's access token. Whatever ends the victim's session ends the
/// attacker's use of that token at once, long before the token expires.
/// </summary>
public sealed class StolenAccessTokenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    private HttpClient Holding(string accessToken) => factory.CreateClientWithoutCookies().As(accessToken);

    [Fact]
    public async Task A_password_change_in_another_session_refuses_the_stolen_access_token_and_its_refresh_token()
    {
        var (account, stolen) = await _client.SignupAndLoginAsync();
        var attacker = Holding(stolen.AccessToken);
        await attacker.GetJsonAsync("/v1/me");

        var changed = await Holding(account.Tokens.AccessToken)
            .PostAsJsonAsync("/v1/auth/change-password", new { currentPassword = account.Password, newPassword = "a brand new password" });

        await changed.ExpectAsync(HttpStatusCode.OK);
        await (await attacker.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.ExpectRefreshRejectedAsync(stolen.RefreshToken);
        var reissued = (await changed.Content.ReadFromJsonAsync<TokenPair>())!;
        await Holding(reissued.AccessToken).GetJsonAsync("/v1/me");
        await (await Holding(account.Tokens.AccessToken).GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_with_the_refresh_token_refuses_the_access_token_of_that_session_only()
    {
        var (account, session) = await _client.SignupAndLoginAsync();
        var attacker = Holding(session.AccessToken);

        await (await _client.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = session.RefreshToken })).ExpectAsync(HttpStatusCode.NoContent);

        await (await attacker.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await Holding(account.Tokens.AccessToken).GetJsonAsync("/v1/me");
    }

    [Fact]
    public async Task Logout_with_only_the_access_token_refuses_that_access_token()
    {
        var (_, session) = await _client.SignupAndLoginAsync();
        var holder = Holding(session.AccessToken);

        await (await holder.PostAsync("/v1/auth/logout", null)).ExpectAsync(HttpStatusCode.NoContent);

        await (await holder.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.ExpectRefreshRejectedAsync(session.RefreshToken);
    }

    [Fact]
    public async Task Refresh_token_reuse_refuses_the_access_tokens_of_the_revoked_family()
    {
        var (_, session) = await _client.SignupAndLoginAsync();
        var first = await _client.RefreshOkAsync(session.RefreshToken);
        var second = await _client.RefreshOkAsync(first.RefreshToken);

        await _client.ExpectRefreshRejectedAsync(session.RefreshToken);

        await (await Holding(second.AccessToken).GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_removed_member_invited_back_cannot_use_the_access_token_of_before_the_removal()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);
        var stolen = Holding(member.Tokens.AccessToken);

        await (await owner.Client.RemoveMemberAsync(member.UserId)).ExpectAsync(HttpStatusCode.NoContent);
        await (await stolen.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        var invitation = await owner.Client.InviteAsync(member.Email);
        var rejoined = await factory.CreateClient().AcceptInvitationAsync(invitation.Token);

        await (await stolen.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.ExpectRefreshRejectedAsync(member.Tokens.RefreshToken);
        await Holding(rejoined.AccessToken).GetJsonAsync("/v1/me");
    }

    [Fact]
    public async Task Switch_organization_with_the_access_token_of_an_ended_session_is_401_and_starts_no_session()
    {
        var (account, session) = await _client.SignupAndLoginAsync();
        var attacker = Holding(session.AccessToken);
        var organizationId = (await attacker.GetJsonAsync("/v1/me"))["organization"]!["id"]!.GetValue<Guid>();
        await (await _client.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = session.RefreshToken })).ExpectAsync(HttpStatusCode.NoContent);
        var sessionsBefore = await SessionCountAsync(account.Email);

        var response = await attacker.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId });

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(sessionsBefore, await SessionCountAsync(account.Email));
    }

    [Fact]
    public async Task Switch_organization_ends_the_session_it_came_from()
    {
        var (_, session) = await _client.SignupAndLoginAsync();
        var holder = Holding(session.AccessToken);
        var organizationId = (await holder.GetJsonAsync("/v1/me"))["organization"]!["id"]!.GetValue<Guid>();

        var response = await holder.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId });

        await response.ExpectAsync(HttpStatusCode.OK);
        await (await holder.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await holder.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId })).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.ExpectRefreshRejectedAsync(session.RefreshToken);
        await Holding((await response.Content.ReadFromJsonAsync<TokenPair>())!.AccessToken).GetJsonAsync("/v1/me");
    }

    private Task<int> SessionCountAsync(string email) =>
        factory.WithDbAsync(db => db.RefreshTokenFamilies.CountAsync(f => db.Users.Any(u => u.Id == f.UserId && u.Email == email)));
}
