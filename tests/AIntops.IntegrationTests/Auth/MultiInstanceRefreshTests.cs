using AIntops.Domain.Auth;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

/// <summary>Rotation is atomic in the database, not in one process: two real API processes share one database.</summary>
public sealed class MultiInstanceRefreshTests
{
    private const int Rounds = 5; // the race window is short: run it on several sessions so luck cannot hide a lost update

    [Fact]
    public async Task Two_instances_rotate_a_token_once_share_the_grace_window_and_detect_reuse()
    {
        await using var api = await ApiInstances.StartAsync(2);
        using var a = api.Instances[0].CreateClient();
        using var b = api.Instances[1].CreateClient();
        await WarmUpRefreshAsync(a, b);

        for (var round = 1; round < Rounds; round++)
            await TwentyParallelRefreshesOnBothInstancesRotateOnceAsync(api, a, b);
        var (email, rt0, rt1) = await TwentyParallelRefreshesOnBothInstancesRotateOnceAsync(api, a, b);

        Assert.Equal(rt1, (await b.RefreshOkAsync(rt0)).RefreshToken);
        var rt2 = (await a.RefreshOkAsync(rt1)).RefreshToken;
        await b.ExpectRefreshRejectedAsync(rt0);

        var family = await api.WithDbAsync(db => db.OnlyFamilyOfUserAsync(email));
        Assert.Equal(RefreshRevocationReason.Reuse, family.RevokedReason);
        await a.ExpectRefreshRejectedAsync(rt2);
    }

    private static async Task<(string Email, string Rt0, string Rt1)> TwentyParallelRefreshesOnBothInstancesRotateOnceAsync(
        ApiInstances api, HttpClient a, HttpClient b)
    {
        var account = await a.SignupAsync();
        var rt0 = account.Tokens.RefreshToken;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).RefreshOkAsync(rt0)));

        var rt1 = Assert.Single(results.Select(r => r.RefreshToken).Distinct());
        Assert.NotEqual(rt0, rt1);
        var family = await api.WithDbAsync(db => db.OnlyFamilyOfUserAsync(account.Email));
        Assert.Equal(1, family.Generation);
        Assert.Null(family.RevokedAt);
        return (account.Email, rt0, rt1);
    }

    /// <summary>Runs the refresh path once on each instance, so that the parallel refreshes race in both.</summary>
    private static async Task WarmUpRefreshAsync(HttpClient a, HttpClient b)
    {
        var warmUp = await b.SignupAsync();
        await b.RefreshOkAsync((await a.RefreshOkAsync(warmUp.Tokens.RefreshToken)).RefreshToken);
    }
}
