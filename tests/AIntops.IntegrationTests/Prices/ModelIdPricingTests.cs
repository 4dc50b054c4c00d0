using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Prices;

/// <summary>Model ids as clients send them, priced through ingest and resolved by GET /v1/prices.</summary>
public sealed class ModelIdPricingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const long OneMillion = 1_000_000;

    private static readonly (string Model, string PriceMatch, string? PricedAs, decimal? CostUsd)[] Cases =
    [
        ("gpt-4o", "exact", "gpt-4o", 12.5m),
        ("openai/gpt-4o", "exact", "gpt-4o", 12.5m),
        ("gpt-4-1", "exact", "gpt-4.1", 10m),
        ("gpt-4o-2024-05-13", "exact", "gpt-4o-2024-05-13", 20m),
        ("azure/gpt-4o", "alias", "gpt-4o", 12.5m),
        ("claude-3.5-haiku-20241022", "alias", "claude-3-5-haiku-20241022", 4.8m),
        ("global.anthropic.claude-3-5-haiku-20241022-v1:0", "alias", "claude-3-5-haiku-20241022", 4.8m),
        ("claude-3-5-sonnet", "family", "claude-3.5-sonnet-20241022", 18m),
        ("anthropic/claude-3.5-sonnet", "family", "claude-3.5-sonnet-20241022", 18m),
        ("claude-3.5-haiku", "family", "claude-3-5-haiku-20241022", 4.8m),
        ("gpt-4o-2099-01-01", "family", "gpt-4o", 12.5m),
        ("in-house-llm-7b", "unpriced", null, null),
    ];

    /// <summary>Model id, price match, catalog model, USD for 1M input and 1M output tokens.</summary>
    public static TheoryData<string, string, string?, decimal?> Ids()
    {
        var data = new TheoryData<string, string, string?, decimal?>();
        foreach (var c in Cases) data.Add(c.Model, c.PriceMatch, c.PricedAs, c.CostUsd);
        return data;
    }

    private async Task<(SignedIn Owner, HttpClient Sender)> SetUpAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return (owner, factory.CreateClient().WithApiKey(key));
    }

    private static object Event(string model, string? externalRequestId = null) =>
        IngestApi.Event(externalRequestId, model: model, input: OneMillion, output: OneMillion);

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task An_event_says_how_its_model_id_was_priced(string model, string priceMatch, string? pricedAs, decimal? costUsd)
    {
        var (_, sender) = await SetUpAsync();

        var body = await sender.IngestAsync(Event(model));

        AssertPriced(body, priceMatch, pricedAs, costUsd);
    }

    [Fact]
    public async Task A_batch_says_per_event_how_each_model_id_was_priced_and_a_duplicate_leaves_it_out()
    {
        var (owner, sender) = await SetUpAsync();
        var events = Cases.Select((c, i) => Event(c.Model, $"b{i}")).Append(Event("gpt-4o", "b0")).ToArray();

        var response = await sender.PostAsJsonAsync("/v1/ingest/batch", new { events });

        await response.ExpectAsync(HttpStatusCode.OK);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();
        for (var i = 0; i < Cases.Length; i++) AssertPriced(results[i]!["result"]!, Cases[i].PriceMatch, Cases[i].PricedAs, Cases[i].CostUsd);
        var duplicate = results[Cases.Length]!["result"]!;
        Assert.True(duplicate["duplicate"]!.GetValue<bool>());
        Assert.Equal((12.5m, (string?)null, (string?)null), (duplicate["costUsd"]!.GetValue<decimal>(), duplicate["priceMatch"]?.GetValue<string>(), duplicate["pricedAs"]?.GetValue<string>()));
        var totals = await factory.TotalsAsync(owner.OrganizationId);
        Assert.Equal((Cases.Length, 1), (totals.Requests, totals.Unpriced));
        Assert.Equal(NanoUsd(Cases.Sum(c => c.CostUsd ?? 0)), totals.CostNanoUsd);
    }

    [Theory]
    [InlineData("gpt-4o", "exact", "gpt-4o")]
    [InlineData("azure/gpt-4o", "alias", "gpt-4o")]
    [InlineData("anthropic/claude-3.5-sonnet", "family", "claude-3.5-sonnet-20241022")]
    public async Task Resolving_a_model_id_reports_the_same_match(string model, string priceMatch, string pricedAs)
    {
        var owner = await factory.SignupOwnerAsync();

        var row = Assert.Single((await owner.Client.GetJsonAsync($"/v1/prices?model={Uri.EscapeDataString(model)}")).AsArray())!;

        Assert.Equal((priceMatch, pricedAs, "catalog"), (row.Text("priceMatch"), row.Text("model"), row.Text("source")));
        Assert.All((await owner.Client.GetJsonAsync("/v1/prices")).AsArray(), r => Assert.Null(r!["priceMatch"]));
    }

    [Fact]
    public async Task An_override_of_an_undated_id_prices_its_other_spellings_but_not_a_snapshot_the_catalog_prices()
    {
        var (owner, sender) = await SetUpAsync();
        await owner.Client.SetPriceOverrideAsync("anthropic", "claude-3-5-sonnet", 1, 2);

        var slashed = await sender.IngestAsync(Event("anthropic/claude-3.5-sonnet"));
        var snapshot = await sender.IngestAsync(Event("claude-3-5-sonnet-20241022"));
        var resolved = Assert.Single((await owner.Client.GetJsonAsync("/v1/prices?model=anthropic%2Fclaude-3.5-sonnet")).AsArray())!;

        AssertPriced(slashed, "override", "claude-3-5-sonnet", 3m);
        AssertPriced(snapshot, "exact", "claude-3.5-sonnet-20241022", 18m);
        Assert.Equal(("override", "override", "claude-3-5-sonnet"), (resolved.Text("priceMatch"), resolved.Text("source"), resolved.Text("model")));
        Assert.Equal(NanoUsd(21m), (await factory.TotalsAsync(owner.OrganizationId)).CostNanoUsd);
    }

    private static void AssertPriced(JsonNode result, string priceMatch, string? pricedAs, decimal? costUsd)
    {
        Assert.Equal((priceMatch, pricedAs), (result.Text("priceMatch"), result["pricedAs"]?.GetValue<string>()));
        Assert.Equal((costUsd, costUsd is not null), (result["costUsd"]?.GetValue<decimal>(), result["priceKnown"]!.GetValue<bool>()));
    }

    private static long NanoUsd(decimal usd) => (long)(usd * 1_000_000_000m);
}
