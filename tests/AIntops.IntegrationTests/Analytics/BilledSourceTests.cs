using System.Net;
using System.Text.Json.Nodes;
using AIntops.Application.Pricing;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>source=billed: the dashboard's provider and model figures from the synced provider reports, never mixed with ingested calls.</summary>
public sealed class BilledSourceTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private const long DayMs = 86_400_000;

    [Fact]
    public async Task Billed_figures_are_the_provider_reports_by_day_provider_and_model()
    {
        var owner = await api.SignupOwnerAsync();
        var connections = new[] { (await owner.Client.ConnectOkAsync(api, "openai")).IdOf(), (await owner.Client.ConnectOkAsync(api, "anthropic")).IdOf() };
        foreach (var connection in connections) await owner.Client.WaitForSyncAsync(connection);
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await api.CreateClient().WithApiKey(key).IngestBatchAsync(Enumerable.Range(0, 5).Select(_ => IngestApi.Event(model: "gpt-4o", input: 1000, output: 100)));

        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&source=billed");
        var fromMs = new DateTimeOffset(overview["from"]!.GetValue<DateTime>()).ToUnixTimeMilliseconds();
        var catalog = api.Services.GetRequiredService<PriceCatalog>();
        var stored = new List<ProviderUsage>();
        foreach (var connection in connections) stored.AddRange(await api.StoredUsageAsync(owner.OrganizationId, connection));
        var inWindow = stored.Where(u => u.BucketStartMs >= fromMs).ToList();
        var costs = inWindow.Where(u => u.Kind == ProviderUsageKind.Cost).ToList();
        var usage = inWindow.Where(u => u.Kind == ProviderUsageKind.Usage).ToList();
        Assert.NotEmpty(costs);
        Assert.Equal(2, costs.Select(c => c.Provider).Distinct().Count());

        Assert.Equal(costs.Sum(c => c.CostNanoUsd) / 1e9m, overview["spendUsd"]!.GetValue<decimal>());
        Assert.Equal(usage.Sum(u => u.Requests ?? 0), overview["requests"]!.GetValue<long>());
        Assert.Equal(usage.Sum(u => u.UncachedInputTokens + u.CachedInputTokens + u.CacheWrite5mTokens + u.CacheWrite1hTokens), overview["inputTokens"]!.GetValue<long>());
        Assert.Equal(usage.Sum(u => u.OutputTokens), overview["outputTokens"]!.GetValue<long>());
        foreach (var missing in new[] { "errors", "errorRate", "activeUsers", "latencyP95Ms" }) Assert.Null(overview[missing]);
        Assert.Equal(costs.GroupBy(c => c.Provider).Select(g => $"{g.Key} {g.Sum(c => c.CostNanoUsd) / 1e9m}").Order(),
            overview["providers"]!.AsArray().Select(p => $"{p!["provider"]} {p["spendUsd"]!.GetValue<decimal>()}").Order());

        var spend = await owner.Client.GetJsonAsync("/v1/dashboard/spend-over-time?range=30d&source=billed&splitBy=provider");
        Assert.Equal(costs.GroupBy(c => (Day: c.BucketStartMs - c.BucketStartMs % DayMs, c.Provider))
                .Select(g => $"{DateTimeOffset.FromUnixTimeMilliseconds(g.Key.Day).UtcDateTime:yyyy-MM-dd} {g.Key.Provider} {g.Sum(c => c.CostNanoUsd) / 1e9m}").Order(),
            spend["points"]!.AsArray().Where(p => p!["spendUsd"]!.GetValue<decimal>() != 0)
                .Select(p => $"{p!["period"]!.GetValue<DateTime>():yyyy-MM-dd} {p["series"]} {p["spendUsd"]!.GetValue<decimal>()}").Order());

        string Model(string id) => catalog.ModelOf(id) ?? id;
        var explorer = await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&source=billed&groupBy=model&thenBy=provider");
        Assert.Equal(costs.GroupBy(c => (Model: Model(c.Model), c.Provider)).Select(g => $"{g.Key.Model} {g.Key.Provider} {g.Sum(c => c.CostNanoUsd) / 1e9m}").Order(),
            explorer["rows"]!.AsArray().Where(r => r!["spendUsd"]!.GetValue<decimal>() != 0)
                .Select(r => $"{r!["key"]} {r["subKey"]} {r["spendUsd"]!.GetValue<decimal>()}").Order());

        var oneModel = costs.GroupBy(c => Model(c.Model)).MaxBy(g => g.Sum(c => c.CostNanoUsd))!;
        var perModel = await owner.Client.GetJsonAsync($"/v1/dashboard/cost-per-model?range=30d&source=billed&model={oneModel.Key}");
        Assert.Equal(oneModel.Sum(c => c.CostNanoUsd) / 1e9m, Assert.Single(perModel["models"]!.AsArray())!["spendUsd"]!.GetValue<decimal>());

        foreach (var telemetry in new[] { "telemetry", "ingest" })
            Assert.Equal(5, (await owner.Client.GetJsonAsync($"/v1/dashboard/overview?range=30d&source={telemetry}"))["requests"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/v1/dashboard/latency?source=billed", "source")]
    [InlineData("/v1/dashboard/top-users?source=billed", "source")]
    [InlineData("/v1/usage/explorer?source=billed&groupBy=team", "groupBy")]
    [InlineData("/v1/usage/explorer?source=billed&groupBy=model&thenBy=endpointTag", "thenBy")]
    [InlineData("/v1/dashboard/overview?source=billed&team=search", "team")]
    [InlineData("/v1/dashboard/overview?source=billed&environment=prod", "environment")]
    [InlineData("/v1/dashboard/overview?source=billed&dataMode=test", "dataMode")]
    [InlineData("/v1/dashboard/overview?source=invoices", "source")]
    public async Task What_provider_reports_do_not_carry_is_a_clear_400(string url, string field)
    {
        var owner = await api.SignupOwnerAsync();
        var problem = await (await owner.Client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }
}
