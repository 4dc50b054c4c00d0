using AIntops.Application.Recommendations.Savings;
using static AIntops.UnitTests.Recommendations.SavingsFixture;

namespace AIntops.UnitTests.Recommendations;

public sealed class ModelDowngradeTests
{
    // 10,000 requests averaging 500 input (100 of them cached) and 100 output tokens.
    private static EndpointModelUsage ShortGpt4o(double successRate = 0.995, int windowDays = 30) =>
        Usage("classify", "gpt-4o", requests: 10_000, input: 5_000_000, output: 1_000_000, cached: 1_000_000, successRate: successRate, windowDays: windowDays);

    [Fact]
    public void Short_successful_gpt_4o_calls_are_priced_on_gpt_4o_mini()
    {
        // gpt-4o:      4M uncached × $2.50/M = $10.00 + 1M cached × $1.25/M = $1.25  + 1M output × $10/M  = $10.00 → $21.25
        // gpt-4o-mini: 4M uncached × $0.15/M = $0.60  + 1M cached × $0.075/M = $0.075 + 1M output × $0.60/M = $0.60 → $1.275
        var recommendation = Assert.Single(ModelDowngrade.Find([ShortGpt4o()], Context()));

        Assert.Equal(RecommendationTypes.ModelDowngrade, recommendation.Type);
        Assert.Equal("model_downgrade|classify|gpt-4o|gpt-4o-mini", recommendation.Fingerprint);
        Assert.Equal(19_975_000_000, recommendation.MonthlySavingNanoUsd); // $21.25 − $1.275 = $19.975
        Assert.Contains(new EvidenceRow("currentPriceCostNanoUsd", "21250000000"), recommendation.Evidence);
        Assert.Contains(new EvidenceRow("substituteCostNanoUsd", "1275000000"), recommendation.Evidence);
    }

    [Fact]
    public void A_shorter_window_is_scaled_to_a_30_day_month() =>
        // $19.975 in 15 days → × 30/15 = $39.95 a month.
        Assert.Equal(39_950_000_000, Assert.Single(ModelDowngrade.Find([ShortGpt4o(windowDays: 15)], Context())).MonthlySavingNanoUsd);

    [Fact]
    public void Calls_that_often_fail_are_not_downgraded() =>
        Assert.Empty(ModelDowngrade.Find([ShortGpt4o(successRate: 0.9)], Context()));

    [Fact]
    public void Long_inputs_are_not_downgraded() =>
        Assert.Empty(ModelDowngrade.Find([Usage("classify", "gpt-4o", 10_000, input: 50_000_000, output: 1_000_000)], Context()));

    [Fact]
    public void Too_few_requests_are_not_evidence() =>
        Assert.Empty(ModelDowngrade.Find([Usage("classify", "gpt-4o", 50, input: 25_000, output: 5_000)], Context()));

    [Fact]
    public void A_sibling_that_is_not_cheaper_for_the_token_mix_is_not_recommended()
    {
        // An output-heavy mix: 1M input, 4M output.
        // gpt-4.1: 1M × $2/M    = $2.00 + 4M × $8/M  = $32.00 → $34.00
        // gpt-5:   1M × $1.25/M = $1.25 + 4M × $10/M = $40.00 → $41.25, dearer despite its lower input price.
        var table = new ModelEquivalences(new Dictionary<string, IReadOnlyList<string>> { ["gpt-4.1"] = ["gpt-5"] }, []);
        Assert.Empty(ModelDowngrade.Find([Usage("chat", "gpt-4.1", 10_000, input: 1_000_000, output: 4_000_000)], Context(equivalences: table)));
    }

    [Fact]
    public void A_model_without_cheaper_siblings_is_left_alone() =>
        Assert.Empty(ModelDowngrade.Find([Usage("classify", "gpt-4o-mini", 10_000, input: 5_000_000, output: 1_000_000)], Context()));
}
