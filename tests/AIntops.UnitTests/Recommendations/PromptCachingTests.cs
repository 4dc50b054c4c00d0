using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Recommendations;

public sealed class PromptCachingTests
{
    private static PromptRepeatUsage Repeat(string model, long requests, long input, long output = 10_000) =>
        new("p-123", "support-bot", model, requests, new TokenUsage(input, output));

    [Fact]
    public void Repeats_of_a_prompt_on_gpt_4o_are_billed_at_the_cached_price()
    {
        // 500 requests × 2,000 input tokens. The first request pays full price; the other 998,000 tokens
        // drop from $2.50/M to $1.25/M: 998,000 × $1.25/M = $1.2475. gpt-4o has no cache-write price.
        var recommendation = Assert.Single(PromptCaching.FindRepeats([Repeat("gpt-4o", 500, 1_000_000)], Context()));

        Assert.Equal("caching|support-bot|gpt-4o|prompt:p-123", recommendation.Fingerprint);
        Assert.Equal(1_247_500_000, recommendation.MonthlySavingNanoUsd);
    }

    [Fact]
    public void On_anthropic_the_first_request_pays_the_cache_write()
    {
        // claude-sonnet-4-5: input $3, cached $0.30, 5-minute write $3.75 per 1M. 100 requests × 5,000 tokens.
        // Reads: 495,000 × ($3 − $0.30)/M = $1.3365; the write: 5,000 × ($3.75 − $3)/M = $0.00375 more → $1.33275.
        var recommendation = Assert.Single(PromptCaching.FindRepeats([Repeat("claude-sonnet-4-5-20250929", 100, 500_000)], Context()));
        Assert.Equal(1_332_750_000, recommendation.MonthlySavingNanoUsd);
    }

    [Fact]
    public void Models_without_a_cached_price_get_no_caching_recommendation()
    {
        Assert.Empty(PromptCaching.FindRepeats([Repeat("gemini-2.0-flash", 5_000, 10_000_000)], Context()));
        Assert.Empty(PromptCaching.FindRepeats([Repeat("claude-3-opus-20240229", 5_000, 10_000_000)], Context()));
    }

    [Fact]
    public void A_prompt_sent_once_or_too_short_to_cache_is_left_alone()
    {
        Assert.Empty(PromptCaching.FindRepeats([Repeat("gpt-4o", 1, 1_000_000)], Context()));
        Assert.Empty(PromptCaching.FindRepeats([Repeat("gpt-4o", 10_000, 5_000_000)], Context())); // 500 tokens each
    }

    [Fact]
    public void Large_uncached_inputs_assume_half_is_a_cacheable_prefix()
    {
        // gpt-4.1 (input $2, cached $0.50 per 1M): 2,000 requests × 4,000 input tokens, none cached.
        // Prefix = 50% of 8M = 4M; one write per 9 reads: 400,000 written (full price, no write price), 3.6M read:
        // 3.6M × ($2 − $0.50)/M = $5.40.
        var usage = Usage("rag-answer", "gpt-4.1", 2_000, input: 8_000_000, output: 400_000);
        var recommendation = Assert.Single(PromptCaching.FindUncachedLargeInputs([usage], Context()));

        Assert.Equal("caching|rag-answer|gpt-4.1|large-input", recommendation.Fingerprint);
        Assert.Equal(5_400_000_000, recommendation.MonthlySavingNanoUsd);
    }

    [Fact]
    public void Endpoints_that_already_use_the_cache_are_left_alone() =>
        Assert.Empty(PromptCaching.FindUncachedLargeInputs([Usage("rag-answer", "gpt-4.1", 2_000, input: 8_000_000, output: 400_000, cached: 1_000)], Context()));
}
