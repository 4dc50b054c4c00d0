using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Pricing;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Prices;

public sealed class PricesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<(SignedIn Owner, HttpClient Sender)> SetUpAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return (owner, factory.CreateClient().WithApiKey(key));
    }

    [Fact]
    public async Task The_list_holds_every_catalog_row_and_filters_by_provider()
    {
        var owner = await factory.SignupOwnerAsync();

        var all = (await owner.Client.GetJsonAsync("/v1/prices")).AsArray();
        var anthropic = (await owner.Client.GetJsonAsync("/v1/prices?provider=Anthropic")).AsArray();

        Assert.Equal(170, all.Count);
        Assert.All(all, row => Assert.Equal("catalog", row!.Text("source")));
        var gpt4o = all.Single(r => r!.Text("model") == "gpt-4o")!;
        Assert.Equal(("openai", 2.5m, 1.25m, 10m), (gpt4o.Text("provider"), gpt4o["input"]!.GetValue<decimal>(), gpt4o["cachedInput"]!.GetValue<decimal>(), gpt4o["output"]!.GetValue<decimal>()));
        Assert.NotEmpty(gpt4o.Text("matchPattern"));
        Assert.Equal(32, anthropic.Count);
        Assert.All(anthropic, row => Assert.Equal("anthropic", row!.Text("provider")));
    }

    [Fact]
    public async Task A_model_id_resolves_to_the_rows_that_price_it_now()
    {
        var owner = await factory.SignupOwnerAsync();

        var bedrock = (await owner.Client.GetJsonAsync("/v1/prices?model=us.anthropic.claude-3-5-sonnet-20241022-v2:0")).AsArray();
        var tiers = (await owner.Client.GetJsonAsync("/v1/prices?model=gemini-2.5-pro")).AsArray();

        Assert.Equal("claude-3.5-sonnet-20241022", Assert.Single(bedrock)!.Text("model"));
        Assert.Equal([null, 200_000], tiers.Select(r => r!["inputTokensAbove"]?.GetValue<long>()));
        var unknown = await (await owner.Client.GetAsync("/v1/prices?model=in-house-llm-7b")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("in-house-llm-7b", unknown.Text("detail"));
        var otherProvider = await (await owner.Client.GetAsync("/v1/prices?model=gpt-4o&provider=anthropic")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("openai", otherProvider.Text("detail"));
    }

    [Fact]
    public async Task An_override_is_set_listed_resolved_replaced_and_deleted()
    {
        var owner = await factory.SignupOwnerAsync();

        var set = await owner.Client.SetPriceOverrideAsync("OpenAI", "GPT-4o", 2, 8);
        var id = set["id"]!.GetValue<Guid>();
        Assert.Equal(("openai", "gpt-4o"), (set.Text("provider"), set.Text("model")));
        Assert.Equal((await owner.Client.GetJsonAsync("/v1/prices?model=gpt-4o"))[0]!.Text("matchPattern"), set.Text("matchPattern"));
        var resolved = Assert.Single((await owner.Client.GetJsonAsync("/v1/prices?model=openai/gpt-4o")).AsArray())!;
        Assert.Equal(("override", id, 2m), (resolved.Text("source"), resolved["overrideId"]!.GetValue<Guid>(), resolved["input"]!.GetValue<decimal>()));
        Assert.Equal(171, (await owner.Client.GetJsonAsync("/v1/prices")).AsArray().Count);

        var effectiveFrom = set["effectiveFrom"]!.GetValue<DateTime>();
        var replaced = await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o", 3, 9, effectiveFrom);
        Assert.Equal(id, replaced["id"]!.GetValue<Guid>());
        var listed = Assert.Single((await owner.Client.GetJsonAsync("/v1/prices/overrides")).AsArray())!;
        Assert.Equal((3m, 9m), (listed["input"]!.GetValue<decimal>(), listed["output"]!.GetValue<decimal>()));

        await (await owner.Client.DeleteAsync($"/v1/prices/overrides/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/prices/overrides")).AsArray());
        Assert.Equal("catalog", (await owner.Client.GetJsonAsync("/v1/prices?model=gpt-4o"))[0]!.Text("source"));
        await (await owner.Client.DeleteAsync($"/v1/prices/overrides/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var activity = (await owner.Client.GetJsonAsync("/v1/activity"))["items"]!.AsArray().Select(e => e!.Text("type")).ToList();
        Assert.Equal(2, activity.Count(t => t == "price_override_set"));
        Assert.Contains("price_override_deleted", activity);
    }

    [Fact]
    public async Task A_dated_override_starts_at_its_date_and_a_model_id_with_slashes_is_one_model()
    {
        var owner = await factory.SignupOwnerAsync();
        var tomorrow = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1);

        var set = await owner.Client.SetPriceOverrideAsync("together", "meta-llama/Llama-3-70b-chat-hf", 0.9m, 0.9m, tomorrow);

        Assert.Equal("meta-llama/Llama-3-70b-chat-hf", set.Text("model"));
        Assert.Equal(@"(?i)^meta-llama/Llama-3-70b-chat-hf$", set.Text("matchPattern"));
        await (await owner.Client.GetAsync("/v1/prices?model=META-LLAMA/llama-3-70b-chat-hf")).ExpectProblemAsync(HttpStatusCode.NotFound);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        try
        {
            Assert.Equal("override", (await owner.Client.GetJsonAsync("/v1/prices?model=META-LLAMA/llama-3-70b-chat-hf"))[0]!.Text("source"));
        }
        finally
        {
            factory.Clock.Advance(-TimeSpan.FromDays(1));
        }
    }

    [Fact]
    public async Task Members_read_prices_and_only_owners_and_admins_change_them()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");
        var id = (await admin.Client.SetPriceOverrideAsync("openai", "gpt-4o", 2, 8))["id"]!.GetValue<Guid>();

        await member.Client.GetJsonAsync("/v1/prices?model=gpt-4o");
        Assert.Single((await member.Client.GetJsonAsync("/v1/prices/overrides")).AsArray());
        await (await member.Client.PutPriceOverrideAsync("openai", "gpt-4o", new { input = 1, output = 1 })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.DeleteAsync($"/v1/prices/overrides/{id}")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await (await member.Client.PostRecalculateAsync(new { from = now.AddDays(-1), to = now })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.DeleteAsync($"/v1/prices/overrides/{id}")).ExpectAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Bad_override_input_names_each_field()
    {
        var owner = await factory.SignupOwnerAsync();

        var response = await owner.Client.PutPriceOverrideAsync("anthropic", "gpt-4o", new { input = -1, cachedInput = 0.0000000001m, cacheWrite1h = 100_001 });

        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        foreach (var field in new[] { "provider", "input", "cachedInput", "cacheWrite1h", "output" })
            Assert.True(errors.ContainsKey(field), $"expected an error for {field}: {errors}");
        Assert.Contains("openai", errors["provider"]![0]!.GetValue<string>());
        var wrongType = await owner.Client.PutAsync("/v1/prices/overrides/openai/gpt-4o", JsonContent.Create(new { input = "cheap", output = 1 }));
        Assert.NotNull((await wrongType.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["input"]);
    }

    [Fact]
    public async Task Ingest_prices_with_an_override_right_after_it_is_set()
    {
        var (owner, sender) = await SetUpAsync();
        Assert.Equal(0.000045m, (await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini", input: 120, output: 45)))["costUsd"]!.GetValue<decimal>());

        await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o-mini", 1, 2);
        var priced = await sender.IngestAsync(IngestApi.Event(model: "openai/gpt-4o-mini", input: 120, output: 45));

        Assert.Equal(0.00021m, priced["costUsd"]!.GetValue<decimal>());
        Assert.Equal((2, 45_000 + 210_000, 0, 2), await factory.TotalsAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task Ingest_prices_from_the_catalog_again_right_after_the_override_is_deleted()
    {
        var (owner, sender) = await SetUpAsync();
        var id = (await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o-mini", 1, 2))["id"]!.GetValue<Guid>();
        Assert.Equal(0.00021m, (await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini", input: 120, output: 45)))["costUsd"]!.GetValue<decimal>());

        await (await owner.Client.DeleteAsync($"/v1/prices/overrides/{id}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(0.000045m, (await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini", input: 120, output: 45)))["costUsd"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task An_unknown_model_is_priced_once_an_override_names_it()
    {
        var (owner, sender) = await SetUpAsync();
        Assert.False((await sender.IngestAsync(IngestApi.Event(model: "in-house-llm-7b")))["priceKnown"]!.GetValue<bool>());

        await owner.Client.SetPriceOverrideAsync("self-hosted", "in-house-llm-7b", 0.5m, 1.5m);
        var priced = await sender.IngestAsync(IngestApi.Event(model: "In-House-LLM-7b", input: 1000, output: 1000));

        Assert.True(priced["priceKnown"]!.GetValue<bool>());
        Assert.Equal(0.002m, priced["costUsd"]!.GetValue<decimal>());
        Assert.Equal((2, 2_000_000, 1, 2), await factory.TotalsAsync(owner.OrganizationId));
        var unlabelled = await sender.PostAsJsonAsync("/v1/ingest", new { externalRequestId = "no-provider", model = "in-house-llm-7b", inputTokens = 1, outputTokens = 1 });
        await unlabelled.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("self-hosted", (await factory.RawEventsAsync(owner.OrganizationId)).Single(e => e.ExternalRequestId == "no-provider").Labels.Provider);
    }

    [Fact]
    public async Task An_override_written_by_another_instance_reaches_ingest_within_the_refresh_interval()
    {
        var (owner, sender) = await SetUpAsync();
        await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini"));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbOfAnotherInstanceAsync(async db =>
        {
            db.PriceOverrides.Add(new PriceOverride(owner.OrganizationId, "openai", "gpt-4o-mini", now, new OverridePrices(1_000_000_000, null, null, null, 2_000_000_000), now));
            return await db.SaveChangesAsync();
        }, owner.OrganizationId);

        var cached = await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini"));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        try
        {
            var refreshed = await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini"));

            Assert.Equal(0.000045m, cached["costUsd"]!.GetValue<decimal>());
            Assert.Equal(0.00021m, refreshed["costUsd"]!.GetValue<decimal>());
        }
        finally
        {
            factory.Clock.Advance(-TimeSpan.FromSeconds(30));
        }
    }
}
