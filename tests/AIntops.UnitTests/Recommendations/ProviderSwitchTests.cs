using AIntops.Application.Recommendations.Savings;
using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Recommendations;

public sealed class ProviderSwitchTests
{
    [Fact]
    public void An_input_heavy_gpt_4_1_endpoint_is_cheapest_on_gemini_2_5_pro()
    {
        // 10,000 requests, 10M input and 100k output tokens; equivalents of gpt-4.1: claude-sonnet-4, gemini-2.5-pro.
        // gpt-4.1:         10M × $2/M    = $20.00 + 0.1M × $8/M  = $0.80 → $20.80
        // claude-sonnet-4: 10M × $3/M    = $30.00 + 0.1M × $15/M = $1.50 → $31.50 (dearer)
        // gemini-2.5-pro:  10M × $1.25/M = $12.50 + 0.1M × $10/M = $1.00 → $13.50
        var recommendation = Assert.Single(ProviderSwitch.Find([Usage("extract", "gpt-4.1", 10_000, input: 10_000_000, output: 100_000)], Context()));

        Assert.Equal("provider_switch|extract|gpt-4.1|gemini-2.5-pro", recommendation.Fingerprint);
        Assert.Equal(7_300_000_000, recommendation.MonthlySavingNanoUsd); // $20.80 − $13.50
        Assert.Contains(new EvidenceRow("substituteProvider", "google"), recommendation.Evidence);
    }

    [Fact]
    public void An_output_heavy_mix_stays_where_it_is()
    {
        // 0.1M input, 1M output: gpt-4.1 $0.20 + $8 = $8.20; gemini-2.5-pro $0.125 + $10 = $10.125; claude-sonnet-4 $0.30 + $15 = $15.30.
        Assert.Empty(ProviderSwitch.Find([Usage("write", "gpt-4.1", 10_000, input: 100_000, output: 1_000_000)], Context()));
    }

    [Fact]
    public void Long_context_calls_are_priced_on_the_tier_of_the_average_call()
    {
        // 100 calls of 250,000 input tokens each exceed gemini-2.5-pro's 200k tier: $2.50/M input, $15/M output.
        // gpt-4.1:        25M × $2/M   = $50.00 + 0.1M × $8/M  = $0.80 → $50.80
        // gemini-2.5-pro: 25M × $2.5/M = $62.50 + 0.1M × $15/M = $1.50 → $64.00 (its standard tier would have been $32.25)
        Assert.Empty(ProviderSwitch.Find([Usage("long-docs", "gpt-4.1", 100, input: 25_000_000, output: 100_000)], Context()));
    }
}
