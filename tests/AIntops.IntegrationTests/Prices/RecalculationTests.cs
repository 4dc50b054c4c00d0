using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Prices;

public sealed class RecalculationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // gpt-4o-mini: 0.15 / 0.6 USD per 1M tokens in the catalog, 1 / 2 with the override; 1000 in + 500 out.
    private const long CatalogCost = 450_000, OverrideCost = 2_000_000, InHouseCost = 1_500_000;

    private async Task<(SignedIn Owner, HttpClient Sender)> SetUpAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync(team: "search");
        return (owner, factory.CreateClient().WithApiKey(key));
    }

    private static async Task SendAsync(HttpClient sender, IEnumerable<object> events)
    {
        foreach (var batch in events.Chunk(1000))
            await (await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = batch })).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_a_price_change_recalculation_fixes_past_costs_and_the_rollups_stay_exact()
    {
        var (owner, sender) = await SetUpAsync();
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var dimensions = new object[]
        {
            new { }, new { team = "billing", endpointTag = "checkout", promptVersion = "v2" }, new { environment = "staging", userId = "u-1" },
            new { dataMode = "test", status = "error", errorCode = "rate_limited", latencyMs = 900 }, new { userId = "u-2", latencyMs = 120 },
        };
        var events = Enumerable.Range(0, 5 * 24).SelectMany(hour => new[] { "gpt-4o-mini", "openai/gpt-4o-mini", "in-house-x", "gpt-4o" }
            .Select((model, i) => IngestApi.Event($"e{hour}-{i}", model, 1000, 500,
                Merge(dimensions[(hour + i) % dimensions.Length], new { timestamp = start.AddHours(hour).AddMinutes(i * 7) })))).ToList();
        await SendAsync(sender, events);
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        var before = await factory.EventCostsAsync(owner.OrganizationId);
        Assert.Equal((CatalogCost, false), (before["e0-0"].CostNanoUsd, before["e0-2"].PriceKnown));

        var priceChange = start.AddDays(2);
        await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o-mini", 1, 2, priceChange);
        await owner.Client.SetPriceOverrideAsync("self-hosted", "in-house-x", 1, 1, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var windowEnd = start.AddDays(4);
        var result = await owner.Client.RecalculateAsync(start, windowEnd);

        // The window holds 96 hours × 4 models. Both gpt-4o-mini ids match the catalog model the override names: repriced from
        // hour 48 on (48 h × 2 ids). in-house-x becomes priced in all 96 hours. gpt-4o keeps its catalog price.
        Assert.Equal((96 * 4, 48 * 2 + 96), (result.Scanned, result.Changed));
        Assert.Equal((48 * 2 * (OverrideCost - CatalogCost) + 96 * InHouseCost) / 1_000_000_000m, result.CostDeltaUsd);
        var after = await factory.EventCostsAsync(owner.OrganizationId);
        Assert.Equal((CatalogCost, CatalogCost), (after["e47-0"].CostNanoUsd, after["e47-1"].CostNanoUsd));
        Assert.Equal((OverrideCost, OverrideCost), (after["e48-0"].CostNanoUsd, after["e48-1"].CostNanoUsd));
        Assert.Equal((InHouseCost, true), after["e0-2"]);
        Assert.Equal(before["e0-3"], after["e0-3"]);
        Assert.Equal((CatalogCost, false), (after["e96-0"].CostNanoUsd, after["e96-2"].PriceKnown)); // after the window
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);

        Assert.Equal((96 * 4, 0, 0m), await owner.Client.RecalculateAsync(start, windowEnd));

        var inHouse = (await owner.Client.GetJsonAsync("/v1/prices/overrides")).AsArray().Single(o => o!.Text("model") == "in-house-x")!;
        await (await owner.Client.DeleteAsync($"/v1/prices/overrides/{inHouse["id"]}")).ExpectAsync(HttpStatusCode.NoContent);
        var reverted = await owner.Client.RecalculateAsync(start.AddDays(-1), start.AddDays(6));
        // All 120 hours now: in-house-x is unpriced again where it was priced (96 h); gpt-4o-mini gets the override in hours 96-119 (24 h × 2 ids).
        Assert.Equal((5 * 24 * 4, 96 + 24 * 2), (reverted.Scanned, reverted.Changed));
        Assert.Equal((-96 * InHouseCost + 24 * 2 * (OverrideCost - CatalogCost)) / 1_000_000_000m, reverted.CostDeltaUsd);
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        var activity = (await owner.Client.GetJsonAsync("/v1/activity?type=costs_recalculated"))["items"]!.AsArray();
        Assert.Equal(3, activity.Count);
    }

    [Fact]
    public async Task A_window_larger_than_a_chunk_is_recalculated_once_per_event()
    {
        var (owner, sender) = await SetUpAsync();
        // Sent without timestamps, all 6,000 events share one millisecond: the chunks part by event id.
        await SendAsync(sender, Enumerable.Range(0, 6000).Select(i => IngestApi.Event($"c{i}", "gpt-4o-mini", 1000, 500, new { userId = $"u{i % 7}" })));
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o-mini", 1, 2, now.AddHours(-1));
        var result = await owner.Client.RecalculateAsync(now.AddHours(-1), now.AddHours(1));

        Assert.Equal((6000, 6000, 6000 * (OverrideCost - CatalogCost) / 1_000_000_000m), result);
        Assert.All((await factory.EventCostsAsync(owner.OrganizationId)).Values, cost => Assert.Equal((OverrideCost, true), cost));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }

    [Fact]
    public async Task Concurrent_recalculations_and_ingest_change_each_event_once_and_keep_the_rollups_exact()
    {
        var (owner, sender) = await SetUpAsync();
        await SendAsync(sender, Enumerable.Range(0, 6000).Select(i => IngestApi.Event($"c{i}", "gpt-4o-mini", 1000, 500, new { userId = $"u{i % 7}" })));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o-mini", 1, 2, now.AddHours(-1));

        var recalculations = Enumerable.Range(0, 2).Select(_ => owner.Client.RecalculateAsync(now.AddHours(-1), now.AddHours(1))).ToList();
        var ingest = SendAsync(sender, Enumerable.Range(0, 1000).Select(i => IngestApi.Event($"during{i}", "gpt-4o-mini", 1000, 500, new { userId = $"u{i % 7}" })));
        await Task.WhenAll([.. recalculations, ingest]);

        var results = recalculations.Select(r => r.Result).ToList();
        Assert.Equal(6000, results.Sum(r => r.Changed));
        Assert.Equal(6000 * (OverrideCost - CatalogCost) / 1_000_000_000m, results.Sum(r => r.CostDeltaUsd));
        Assert.All((await factory.EventCostsAsync(owner.OrganizationId)).Values, cost => Assert.Equal((OverrideCost, true), cost));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }

    [Theory]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", "to")]
    [InlineData("2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z", "to")]
    [InlineData("2025-01-01T00:00:00Z", "2026-02-05T00:00:01Z", "to")]
    [InlineData(null, "2026-03-01T00:00:00Z", "from")]
    [InlineData("2026-03-01T00:00:00Z", null, "to")]
    [InlineData("yesterday", "2026-03-01T00:00:00Z", "from")]
    public async Task A_bad_window_is_refused_naming_the_field(string? from, string? to, string field)
    {
        var owner = await factory.SignupOwnerAsync();

        var response = await owner.Client.PostAsync("/v1/prices/recalculate", JsonContent.Create(new JsonObject { ["from"] = from, ["to"] = to }));

        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected an error for {field}: {errors}");
    }

    [Fact]
    public async Task A_window_of_exactly_400_days_is_accepted()
    {
        var owner = await factory.SignupOwnerAsync();
        var from = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal((0, 0, 0m), await owner.Client.RecalculateAsync(from, from.AddDays(400)));
    }

    private static object Merge(object a, object b)
    {
        var merged = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(a))!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(b))!.AsObject()) merged[key] = value?.DeepClone();
        return merged;
    }
}
