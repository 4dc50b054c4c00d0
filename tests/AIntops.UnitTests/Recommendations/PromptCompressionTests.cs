using AIntops.Application.Recommendations.Savings;
using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Recommendations;

public sealed class PromptCompressionTests
{
    [Fact]
    public void Thirty_percent_of_the_uncached_input_is_priced_at_the_input_price()
    {
        // 1,000 requests averaging 10,000 input tokens (2M of 10M cached) and 200 output tokens on claude-sonnet-4-5.
        // 30% of 8M uncached = 2.4M tokens × $3/M = $7.20.
        var usage = Usage("summarise-docs", "claude-sonnet-4-5-20250929", 1_000, input: 10_000_000, output: 200_000, cached: 2_000_000);
        var recommendation = Assert.Single(PromptCompression.Find([usage], Context()));

        Assert.Equal("prompt_compression|summarise-docs|claude-sonnet-4-5-20250929", recommendation.Fingerprint);
        Assert.Equal(7_200_000_000, recommendation.MonthlySavingNanoUsd);
        Assert.Contains("30%", recommendation.Explanation);
        Assert.Contains(new EvidenceRow("removedInputTokens", "2400000"), recommendation.Evidence);
    }

    [Fact]
    public void The_assumed_fraction_is_configurable() =>
        // 10% of 8M = 0.8M × $3/M = $2.40.
        Assert.Equal(2_400_000_000, Assert.Single(PromptCompression.Find(
            [Usage("summarise-docs", "claude-sonnet-4-5-20250929", 1_000, input: 10_000_000, output: 200_000, cached: 2_000_000)],
            Context(new SavingsOptions { CompressionFraction = 0.10 }))).MonthlySavingNanoUsd);

    [Fact]
    public void Large_inputs_with_large_outputs_are_not_compression_candidates() =>
        Assert.Empty(PromptCompression.Find([Usage("translate", "claude-sonnet-4-5-20250929", 1_000, input: 10_000_000, output: 5_000_000)], Context()));

    [Fact]
    public void Short_inputs_are_not_compression_candidates() =>
        Assert.Empty(PromptCompression.Find([Usage("chat", "claude-sonnet-4-5-20250929", 1_000, input: 1_000_000, output: 10_000)], Context()));
}
