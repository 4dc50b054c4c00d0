using AIntops.Domain.Auth;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

/// <summary>Refresh-token rotation and reuse detection without moving the clock (S1–S3, S6, S8, S9).</summary>
public sealed class RefreshRotationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    [Fact]
    public async Task S1_refresh_returns_a_new_token_and_consumes_the_old_one()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        var rt0 = login.RefreshToken;

        var rt1 = (await _client.RefreshOkAsync(rt0)).RefreshToken;

        Assert.NotEqual(rt0, rt1);
        var family = await factory.FamilyOfAsync(rt0);
        Assert.Equal(1, family.Generation);
        Assert.Null(family.RevokedAt);
    }

    [Fact]
    public async Task S2_the_new_token_rotates_again()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        var rt1 = (await _client.RefreshOkAsync(login.RefreshToken)).RefreshToken;

        var rt2 = (await _client.RefreshOkAsync(rt1)).RefreshToken;

        Assert.NotEqual(rt1, rt2);
        Assert.NotEqual(login.RefreshToken, rt2);
        Assert.Equal(2, (await factory.FamilyOfAsync(rt2)).Generation);
    }

    [Fact]
    public async Task S3_twenty_parallel_refreshes_of_one_token_all_get_the_same_successor()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        var rt0 = login.RefreshToken;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _client.RefreshOkAsync(rt0)));

        var rt1 = Assert.Single(results.Select(r => r.RefreshToken).Distinct());
        Assert.NotEqual(rt0, rt1);
        var family = await factory.FamilyOfAsync(rt0);
        Assert.Equal(1, family.Generation);
        Assert.Null(family.RevokedAt);
        await _client.RefreshOkAsync(rt1);
    }

    [Fact]
    public async Task S6_a_token_older_than_the_direct_predecessor_revokes_the_family_at_once()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        var rt0 = login.RefreshToken;
        var rt1 = (await _client.RefreshOkAsync(rt0)).RefreshToken;
        var rt2 = (await _client.RefreshOkAsync(rt1)).RefreshToken;

        await _client.ExpectRefreshRejectedAsync(rt0);

        var family = await factory.FamilyOfAsync(rt0); // committed although the request failed
        Assert.NotNull(family.RevokedAt);
        Assert.Equal(RefreshRevocationReason.Reuse, family.RevokedReason);
        await _client.ExpectRefreshRejectedAsync(rt2);
    }

    [Fact]
    public async Task S8_reuse_in_one_session_leaves_the_other_sessions_of_the_user_working()
    {
        var (account, loginA) = await _client.SignupAndLoginAsync();
        var loginB = await _client.LoginAsync(account.Email);
        var a1 = (await _client.RefreshOkAsync(loginA.RefreshToken)).RefreshToken;
        await _client.RefreshOkAsync(a1);

        await _client.ExpectRefreshRejectedAsync(loginA.RefreshToken);

        Assert.NotNull((await factory.FamilyOfAsync(loginA.RefreshToken)).RevokedAt);
        await _client.RefreshOkAsync(loginB.RefreshToken);
    }

    [Fact]
    public async Task S9_a_garbage_or_tampered_token_is_401_and_does_not_harm_the_session()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        var rt0 = login.RefreshToken;
        var middle = rt0.Length / 2;
        var tampered = string.Concat(rt0[..middle], rt0[middle] == 'A' ? "B" : "A", rt0[(middle + 1)..]);

        await _client.ExpectRefreshRejectedAsync("garbage");
        await _client.ExpectRefreshRejectedAsync(tampered);

        Assert.Null((await factory.FamilyOfAsync(rt0)).RevokedAt);
        await _client.RefreshOkAsync(rt0);
    }

    [Fact]
    public async Task Reuse_is_recorded_in_activity_and_refresh_tokens_never_appear_there()
    {
        var (account, login) = await _client.SignupAndLoginAsync();
        var rt1 = (await _client.RefreshOkAsync(login.RefreshToken)).RefreshToken;
        var rt2 = (await _client.RefreshOkAsync(rt1)).RefreshToken;
        await _client.ExpectRefreshRejectedAsync(login.RefreshToken);

        var (json, types) = await factory.CreateClient().As(account.Tokens.AccessToken).ActivityAsync();

        Assert.Contains("refresh_token_reuse", types);
        foreach (var token in new[] { account.Tokens.RefreshToken, login.RefreshToken, rt1, rt2 })
            Assert.DoesNotContain(token, json);
    }
}
