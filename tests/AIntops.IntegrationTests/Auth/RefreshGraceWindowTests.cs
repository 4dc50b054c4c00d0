using AIntops.Domain.Auth;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

/// <summary>
/// The grace window for the direct predecessor (S4, S5, S7). These tests move the clock, so each gets its own
/// API; they only refresh, because access tokens minted at a moved clock fail JWT validation.
/// </summary>
public sealed class RefreshGraceWindowTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    private HttpClient _client = null!;
    private TimeSpan _grace;

    public Task InitializeAsync()
    {
        _client = _api.CreateClientWithoutCookies();
        _grace = TimeSpan.FromSeconds(_api.AuthOptions().RefreshGraceSeconds);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task S4_the_direct_predecessor_within_the_grace_window_returns_the_same_successor()
    {
        var (rt0, rt1) = await RotateOnceAsync();

        _api.Clock.Advance(_grace - TimeSpan.FromSeconds(1));
        var replay = await _client.RefreshOkAsync(rt0);

        Assert.Equal(rt1, replay.RefreshToken);
        var family = await _api.FamilyOfAsync(rt0);
        Assert.Equal(1, family.Generation);
        Assert.Null(family.RevokedAt);
        await _client.RefreshOkAsync(rt1);
    }

    [Fact]
    public async Task S5_the_direct_predecessor_after_the_grace_window_revokes_the_family()
    {
        var (rt0, rt1) = await RotateOnceAsync();

        _api.Clock.Advance(_grace + TimeSpan.FromSeconds(1));
        await _client.ExpectRefreshRejectedAsync(rt0);

        var family = await _api.FamilyOfAsync(rt0); // committed although the request failed
        Assert.NotNull(family.RevokedAt);
        Assert.Equal(RefreshRevocationReason.Reuse, family.RevokedReason);
        await _client.ExpectRefreshRejectedAsync(rt1);
    }

    [Fact]
    public async Task S7_a_revoked_family_gets_no_grace_after_the_revocation()
    {
        var (rt0, rt1) = await RotateOnceAsync();
        _api.Clock.Advance(_grace + TimeSpan.FromSeconds(1));
        await _client.ExpectRefreshRejectedAsync(rt0);

        _api.Clock.Advance(TimeSpan.FromSeconds(1));

        await _client.ExpectRefreshRejectedAsync(rt1);
        await _client.ExpectRefreshRejectedAsync(rt0);
    }

    private async Task<(string Rt0, string Rt1)> RotateOnceAsync()
    {
        var (_, login) = await _client.SignupAndLoginAsync();
        return (login.RefreshToken, (await _client.RefreshOkAsync(login.RefreshToken)).RefreshToken);
    }
}
