using AIntops.Application.Pricing;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>Billed spend from the mock provider's cost report against the spend of ingested calls, by day and model.</summary>
public sealed class ReconciliationTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private const long DayMs = 86_400_000;

    [Fact]
    public async Task Billed_and_attributed_spend_meet_by_day_and_catalog_model()
    {
        var owner = await api.SignupOwnerAsync();
        var connection = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        await owner.Client.WaitForSyncAsync(connection);
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        await api.CreateClient().WithApiKey(key).IngestBatchAsync(Enumerable.Range(0, 40).Select(i => IngestApi.Event(
            model: i % 2 == 0 ? "gpt-4o-2024-08-06" : "gpt-4o-mini", input: 1000 + i, output: 200,
            extra: new { timestamp = now.AddHours(-7 * i).ToString("O"), dataMode = i % 10 == 0 ? "test" : "real" })));

        var body = await owner.Client.GetJsonAsync("/v1/usage/reconciliation?range=30d");

        var catalog = api.Services.GetRequiredService<PriceCatalog>();
        string Model(string id) => catalog.ModelOf(id) ?? id;
        var from = body["from"]!.GetValue<DateTime>();
        var fromMs = new DateTimeOffset(from).ToUnixTimeMilliseconds();
        var billed = (await api.StoredUsageAsync(owner.OrganizationId, connection)).Where(u => u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= fromMs)
            .GroupBy(u => (Day: u.BucketStartMs - u.BucketStartMs % DayMs, Model: Model(u.Model))).ToDictionary(g => g.Key, g => g.Sum(u => u.CostNanoUsd));
        var attributed = (await api.RawEventsAsync(owner.OrganizationId)).Where(e => e.DataMode == "real" && e.TimestampMs >= fromMs)
            .GroupBy(e => (Day: e.TimestampMs - e.TimestampMs % DayMs, Model: Model(e.Labels.Model))).ToDictionary(g => g.Key, g => g.Sum(e => e.CostNanoUsd));
        Assert.NotEmpty(billed);
        Assert.Contains(attributed.Keys, billed.ContainsKey);

        var expected = billed.Keys.Union(attributed.Keys).Select(k => (k.Day, k.Model, Billed: billed.GetValueOrDefault(k), Attributed: attributed.GetValueOrDefault(k)))
            .Select(r => $"{DateTimeOffset.FromUnixTimeMilliseconds(r.Day).UtcDateTime:yyyy-MM-dd} {r.Model} {r.Billed / 1e9m} {r.Attributed / 1e9m} {(r.Billed - r.Attributed) / 1e9m}")
            .Order();
        Assert.Equal(expected, body["rows"]!.AsArray().Select(r =>
            $"{r!["day"]!.GetValue<DateTime>():yyyy-MM-dd} {r["model"]} {r["billedUsd"]!.GetValue<decimal>()} {r["attributedUsd"]!.GetValue<decimal>()} {r["gapUsd"]!.GetValue<decimal>()}").Order());
        Assert.Equal(billed.Values.Sum() / 1e9m, body["billedUsd"]!.GetValue<decimal>());
        Assert.Equal((double)attributed.Values.Sum() / billed.Values.Sum(), body["coverage"]!.GetValue<double>(), 9);
        Assert.All(body["rows"]!.AsArray().Where(r => r!["billedUsd"]!.GetValue<decimal>() == 0), r => Assert.Null(r!["coverage"]));
    }
}
