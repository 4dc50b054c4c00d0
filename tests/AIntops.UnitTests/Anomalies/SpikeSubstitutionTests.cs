using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Pricing;
using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Anomalies;

public sealed class SpikeSubstitutionTests
{
    [Fact]
    public void The_spike_of_a_gpt_4o_driver_is_priced_on_gpt_4o_mini()
    {
        // 200 calls, 2M input and 0.5M output tokens during the anomaly.
        // gpt-4o:      2M × $2.50/M = $5.00 + 0.5M × $10/M  = $5.00 → $10.00
        // gpt-4o-mini: 2M × $0.15/M = $0.30 + 0.5M × $0.60/M = $0.30 → $0.60
        var quote = SpikeSubstitution.Quote(Context(), "openai/gpt-4o", 200, new TokenUsage(2_000_000, 500_000));

        Assert.Equal(("gpt-4o", "gpt-4o-mini"), (quote!.Current.Model, quote.Substitute.Model));
        Assert.Equal(10_000_000_000, quote.Current.CostNanoUsd);
        Assert.Equal(600_000_000, quote.Substitute.CostNanoUsd);
        Assert.Equal(9_400_000_000, quote.SavingNanoUsd);
    }

    [Fact]
    public void No_quote_when_no_substitute_is_cheaper_or_the_model_is_unknown()
    {
        Assert.Null(SpikeSubstitution.Quote(Context(), "gpt-5-nano", 200, new TokenUsage(2_000_000, 500_000)));
        Assert.Null(SpikeSubstitution.Quote(Context(), "my-finetune", 200, new TokenUsage(2_000_000, 500_000)));
    }
}
