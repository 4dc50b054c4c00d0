using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Insights;

/// <summary>Anomalies and recommendations out of a provider's billing alone, as soon as its first sync has stored the history.</summary>
public sealed class BilledInsightsTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    [Fact]
    public async Task The_first_sync_finds_the_spikes_of_the_history_and_savings_with_a_dollar_figure()
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.WaitForSyncAsync((await owner.Client.ConnectOkAsync(api, "openai")).IdOf());

        var anomalies = new JsonArray();
        await ProviderApi.EventuallyAsync(async () => (anomalies = (await owner.Client.GetJsonAsync("/v1/anomalies?limit=100"))["items"]!.AsArray()).Count > 0,
            () => "No anomaly was found in the synced history.");
        var now = api.Clock.GetUtcNow().UtcDateTime;
        Assert.All(anomalies, a => Assert.InRange(a!["windowStart"]!.GetValue<DateTime>(), now.AddDays(-15), now));
        Assert.All(anomalies, a => Assert.True(a!.Usd("observedUsd") > a!.Usd("expectedUsd")));
        Assert.All(anomalies, a => Assert.Equal("model", a!["driver"]!.Text("dimension")));
        var alerts = (await owner.Client.GetJsonAsync("/v1/alerts?type=anomaly"))["items"]!.AsArray();
        Assert.Equal(anomalies.Count(a => a!["windowStart"]!.GetValue<DateTime>() >= now.AddDays(-1)), alerts.Count);

        var recommendations = new JsonArray();
        await ProviderApi.EventuallyAsync(async () => (recommendations = (await owner.Client.GetJsonAsync("/v1/recommendations"))["items"]!.AsArray()).Count > 0,
            () => "No recommendation came out of the synced usage.");
        Assert.Contains(recommendations, r => r!["monthlySavingUsd"]?.GetValue<decimal>() > 0);

        // "Detect now" judges the history again (while the scan after the sync may still be recording): each hour keeps one anomaly.
        await owner.Client.PostJsonAsync("/v1/anomalies/detect");
        var all = (await owner.Client.GetJsonAsync("/v1/anomalies?limit=200"))["items"]!.AsArray();
        Assert.Equal(all.Count, all.Select(a => a!["windowStart"]!.GetValue<DateTime>()).Distinct().Count());
        Assert.Superset(anomalies.Select(a => a!["id"]!.GetValue<Guid>()).ToHashSet(), all.Select(a => a!["id"]!.GetValue<Guid>()).ToHashSet());
    }
}
