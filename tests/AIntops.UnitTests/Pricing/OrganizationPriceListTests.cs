using System.Text.RegularExpressions;
using AIntops.Application.Pricing;
using AIntops.Domain.Pricing;
using AIntops.Infrastructure.Pricing;

namespace AIntops.UnitTests.Pricing;

public sealed class OrganizationPriceListTests
{
    private static readonly PriceCatalog Catalog = new(PriceCatalogFile.LoadBundled());
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TokenUsage OneMillionEach = new(1_000_000, 1_000_000);

    /// <summary>An override of input + output USD per 1M tokens.</summary>
    private static PriceOverride Override(string model, decimal input, decimal output, DateTime? from = null, string provider = "openai") =>
        new(Guid.NewGuid(), provider, model, from ?? Now, new OverridePrices(NanoUsd.FromUsd(input), null, null, null, NanoUsd.FromUsd(output)), Now);

    private static OrganizationPriceList With(params PriceOverride[] overrides) => new(Catalog, overrides);

    [Fact]
    public void Without_overrides_the_organization_pays_catalog_prices()
    {
        var usage = new TokenUsage(1_000_000, 100_000, CachedInputTokens: 400_000, CacheWriteTokens: 100_000);
        foreach (var model in new[] { "gpt-4o", "claude-3-5-sonnet-20241022", "gemini-2.5-pro", "unknown-model" })
            Assert.Equal(Catalog.Price(model, Now, usage), With().PriceEvent(model, Now, usage));
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("GPT-4o")]
    [InlineData("openai/gpt-4o")]
    public void An_override_named_after_a_catalog_model_prices_every_id_the_catalog_matches_to_it(string modelId)
    {
        var cost = With(Override("gpt-4o", 2, 8)).PriceEvent(modelId, Now, OneMillionEach);

        Assert.Equal(new PricedCost(10_000_000_000, true, "gpt-4o", "openai", PriceMatch.Override), cost);
    }

    [Fact]
    public void An_override_of_another_id_prices_that_id_ignoring_case_but_not_an_id_the_catalog_prices_as_sent()
    {
        var prices = With(Override("claude-3-5-sonnet-20241022", 1, 5, provider: "anthropic"));

        Assert.Equal(6_000_000_000, prices.PriceEvent("Claude-3-5-Sonnet-20241022", Now, OneMillionEach).CostNanoUsd);
        var bedrock = "anthropic.claude-3-5-sonnet-20241022-v2:0";
        Assert.Equal(Catalog.Price(bedrock, Now, OneMillionEach), prices.PriceEvent(bedrock, Now, OneMillionEach));
    }

    [Theory]
    [InlineData("claude-3-5-sonnet")]
    [InlineData("anthropic/claude-3.5-sonnet")]
    [InlineData("Claude-3.5-Sonnet")]
    [InlineData("claude-3-5-sonnet-20991231")]
    public void An_override_of_another_id_covers_its_normalised_forms_and_its_dated_ids_the_catalog_does_not_price(string modelId)
    {
        var prices = With(Override("claude-3-5-sonnet", 1, 2, provider: "anthropic"));

        Assert.Equal(new PricedCost(3_000_000_000, true, "claude-3-5-sonnet", "anthropic", PriceMatch.Override), prices.PriceEvent(modelId, Now, OneMillionEach));
        Assert.Equal(Catalog.Price("claude-3-5-sonnet-20241022", Now, OneMillionEach), prices.PriceEvent("claude-3-5-sonnet-20241022", Now, OneMillionEach));
    }

    [Theory]
    [InlineData("azure/gpt-4o", 10_000_000_000)]
    [InlineData("gpt-4o-2099-01-01", 10_000_000_000)]
    [InlineData("gpt-4o-2024-05-13", 20_000_000_000)]
    public void An_override_of_a_catalog_model_covers_the_ids_resolved_to_it_by_alias_or_family(string modelId, long expectedNanoUsd)
    {
        var prices = With(Override("gpt-4o", 2, 8));

        Assert.Equal(expectedNanoUsd, prices.PriceEvent(modelId, Now, OneMillionEach).CostNanoUsd);
    }

    [Fact]
    public void An_override_of_the_newest_dated_model_prices_its_undated_family_id()
    {
        var prices = With(Override("claude-3.5-sonnet-20241022", 1, 2, provider: "anthropic"));
        var resolved = prices.Resolve("anthropic/claude-3.5-sonnet", Now);

        Assert.Equal((PriceMatch.Override, prices.Overrides[0]), (resolved.Match, Assert.Single(resolved.Rows)));
    }

    [Fact]
    public void Overrides_that_normalise_alike_cover_only_their_own_ids()
    {
        var prices = With(Override("openai/acme-1.5", 1, 1), Override("azure/acme-1.5", 2, 2));

        Assert.Equal(2_000_000_000, prices.PriceEvent("OpenAI/acme-1.5", Now, OneMillionEach).CostNanoUsd);
        Assert.Equal(4_000_000_000, prices.PriceEvent("azure/acme-1.5", Now, OneMillionEach).CostNanoUsd);
        Assert.Equal(PriceMatch.Unpriced, prices.PriceEvent("acme-1.5", Now, OneMillionEach).Match);
    }

    [Fact]
    public void Catalog_prices_report_how_the_id_matched()
    {
        var prices = With(Override("in-house-llm-7b", 1, 1, provider: "self-hosted"));

        Assert.Equal(PriceMatch.Exact, prices.Resolve("gpt-4o", Now).Match);
        Assert.Equal(PriceMatch.Alias, prices.Resolve("azure/gpt-4o", Now).Match);
        Assert.Equal(PriceMatch.Family, prices.PriceEvent("claude-3-5-sonnet", Now, OneMillionEach).Match);
        Assert.Equal(PriceMatch.Unpriced, prices.PriceEvent("acme-13b", Now, OneMillionEach).Match);
    }

    [Fact]
    public void An_override_makes_an_unknown_model_priced_under_its_provider()
    {
        var cost = With(Override("in-house-llm-7b", 0.1m, 0.2m, provider: "self-hosted")).PriceEvent("in-house-llm-7b", Now, new TokenUsage(1000, 500));

        Assert.Equal(new PricedCost(200_000, true, "in-house-llm-7b", "self-hosted", PriceMatch.Override), cost);
    }

    [Fact]
    public void The_catalog_applies_before_the_override_date_and_the_override_from_it()
    {
        var from = Now.AddDays(10);
        var prices = With(Override("gpt-4o", 2, 8, from));

        Assert.Equal(Catalog.Price("gpt-4o", from.AddTicks(-1), OneMillionEach), prices.PriceEvent("gpt-4o", from.AddTicks(-1), OneMillionEach));
        Assert.Equal(10_000_000_000, prices.PriceEvent("gpt-4o", from, OneMillionEach).CostNanoUsd);
    }

    [Fact]
    public void Of_dated_overrides_the_latest_in_effect_applies()
    {
        var prices = With(Override("gpt-4o", 2, 8, Now), Override("gpt-4o", 1, 4, Now.AddDays(30)));

        Assert.Equal(10_000_000_000, prices.PriceEvent("gpt-4o", Now.AddDays(29), OneMillionEach).CostNanoUsd);
        Assert.Equal(5_000_000_000, prices.PriceEvent("gpt-4o", Now.AddDays(30), OneMillionEach).CostNanoUsd);
    }

    [Fact]
    public void An_exact_override_wins_over_one_of_the_catalog_model()
    {
        var prices = With(Override("gpt-4o", 2, 8), Override("openai/gpt-4o", 1, 1));

        Assert.Equal(2_000_000_000, prices.PriceEvent("openai/gpt-4o", Now, OneMillionEach).CostNanoUsd);
        Assert.Equal(10_000_000_000, prices.PriceEvent("gpt-4o", Now, OneMillionEach).CostNanoUsd);
    }

    [Fact]
    public void An_override_replaces_the_long_context_tiers_too()
    {
        var prices = With(Override("gemini-2.5-pro", 1, 1, provider: "google"));

        Assert.Equal(1_000_000_000, prices.PriceEvent("gemini-2.5-pro", Now, new TokenUsage(1_000_000, 0)).CostNanoUsd);
        Assert.Single(prices.RowsInEffect("gemini-2.5-pro", Now));
    }

    [Fact]
    public void Cache_reads_and_writes_without_an_override_price_are_charged_at_its_input_price()
    {
        var usage = new TokenUsage(InputTokens: 1_000_000, OutputTokens: 0, CachedInputTokens: 500_000, CacheWriteTokens: 250_000);

        Assert.Equal(2_000_000_000, With(Override("gpt-4o", 2, 8)).PriceEvent("gpt-4o", Now, usage).CostNanoUsd);
    }

    [Fact]
    public void Rows_in_effect_say_where_they_come_from()
    {
        var gpt4o = Override("gpt-4o", 2, 8);
        var prices = With(gpt4o);

        var overridden = Assert.Single(prices.RowsInEffect("openai/gpt-4o", Now));
        Assert.Equal((PriceRow.OverrideSource, gpt4o.Id, 2m, 8m), (overridden.Source, overridden.OverrideId, overridden.Price.Input, overridden.Price.Output));
        var tiers = prices.RowsInEffect("gemini-2.5-pro", Now);
        Assert.Equal([null, 200_000], tiers.Select(r => r.Price.InputTokensAbove));
        Assert.All(tiers, r => Assert.Equal((PriceRow.CatalogSource, (Guid?)null), (r.Source, r.OverrideId)));
        Assert.Empty(prices.RowsInEffect("unknown-model", Now));
        Assert.Equal(Catalog.Prices.Count + 1, prices.AllRows.Count());
    }

    [Fact]
    public void An_override_matches_by_the_catalog_pattern_or_exactly_its_own_id()
    {
        Assert.Equal(Catalog.RowsOfModel("gpt-4o")[0].MatchPattern, OrganizationPriceList.MatchPatternFor(Catalog, "GPT-4o"));

        var exact = new Regex(OrganizationPriceList.MatchPatternFor(Catalog, "acme/model.v1+"));
        Assert.Matches(exact, "ACME/MODEL.V1+");
        Assert.DoesNotMatch(exact, "acme/modelXv1+");
        Assert.DoesNotMatch(exact, "acme/model.v1+-large");
    }
}
