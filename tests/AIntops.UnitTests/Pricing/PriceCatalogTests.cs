using AIntops.Application.Pricing;
using AIntops.Infrastructure.Pricing;

namespace AIntops.UnitTests.Pricing;

public sealed class PriceCatalogTests
{
    private static readonly PriceCatalog Catalog = new(PriceCatalogFile.LoadBundled());
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_bundled_catalog_holds_every_source_row() => Assert.Equal(170, Catalog.Prices.Count);

    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("openai/gpt-4o", "gpt-4o")]
    [InlineData("GPT-4o-mini", "gpt-4o-mini")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o-2024-08-06")]
    [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3.5-sonnet-20241022")]
    [InlineData("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3.5-sonnet-20241022")]
    [InlineData("claude-3-5-sonnet-V2@20241022", "claude-3.5-sonnet-20241022")]
    [InlineData("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5-20250929")]
    [InlineData("google/gemini-2.5-pro", "gemini-2.5-pro")]
    public void Model_ids_in_provider_alias_Bedrock_and_Vertex_forms_resolve(string modelId, string expected) =>
        Assert.Equal(expected, Catalog.Find(modelId, Now)?.Model);

    [Fact]
    public void Unknown_models_are_flagged_not_priced_at_zero()
    {
        var cost = Catalog.Price("my-finetune-xyz", Now, new TokenUsage(1000, 1000));
        Assert.False(cost.PriceKnown);
        Assert.Null(cost.Model);
    }

    [Fact]
    public void Cost_splits_uncached_cached_cache_write_and_output_tokens()
    {
        // claude-3.5-sonnet: input 3, cached 0.3, cache write 3.75, output 15 USD per 1M tokens.
        var usage = new TokenUsage(InputTokens: 1_000_000, OutputTokens: 100_000, CachedInputTokens: 400_000, CacheWriteTokens: 100_000);
        var cost = Catalog.Price("claude-3-5-sonnet-20241022", Now, usage);
        var expectedUsd = 0.5m * 3 + 0.4m * 0.3m + 0.1m * 3.75m + 0.1m * 15;
        Assert.Equal((long)(expectedUsd * 1_000_000_000), cost.CostNanoUsd);
    }

    [Fact]
    public void Small_calls_keep_fractions_of_a_cent_exactly()
    {
        // gpt-4o-mini: input 0.15, output 0.6 USD per 1M tokens; 120 in + 45 out = 45,000 nano-USD.
        Assert.Equal(45_000, Catalog.Price("gpt-4o-mini", Now, new TokenUsage(120, 45)).CostNanoUsd);
    }

    [Fact]
    public void Long_context_tier_prices_the_whole_call_above_its_threshold()
    {
        var standard = Catalog.Price("gemini-2.5-pro", Now, new TokenUsage(200_000, 0)).CostNanoUsd;
        var large = Catalog.Price("gemini-2.5-pro", Now, new TokenUsage(200_001, 0)).CostNanoUsd;
        Assert.Equal(250_000_000, standard); // 0.2M × 1.25
        Assert.Equal(500_002_500, large);    // 0.200001M × 2.5
    }

    [Fact]
    public void A_dated_row_supersedes_the_old_price_only_from_its_date()
    {
        var changeDate = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var catalog = new PriceCatalog([
            new ModelPrice("openai", "m", "^m$", null, null, 1, null, null, null, 2, null),
            new ModelPrice("openai", "m", "^m$", changeDate, null, 10, null, null, null, 20, null),
        ]);
        var usage = new TokenUsage(1_000_000, 1_000_000);
        Assert.Equal(3_000_000_000, catalog.Price("m", changeDate.AddTicks(-1), usage).CostNanoUsd);
        Assert.Equal(30_000_000_000, catalog.Price("m", changeDate, usage).CostNanoUsd);
    }

    [Fact]
    public void Legacy_models_priced_by_total_tokens_use_the_total_price()
    {
        var legacy = Catalog.Prices.First(p => p is { Total: not null, Input: null, Output: null });
        var cost = PriceCatalog.Cost(legacy, new TokenUsage(1_000_000, 0, TotalTokens: 1_000_000));
        Assert.Equal((long)(legacy.Total!.Value * 1_000_000_000), cost);
    }
}
