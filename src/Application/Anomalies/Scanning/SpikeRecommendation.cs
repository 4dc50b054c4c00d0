using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Insights;
using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Anomalies.Scanning;

/// <summary>The model substitution recommended for an anomaly: its driver model's calls during the spike, priced on the substitute.</summary>
public static class SpikeRecommendation
{
    public static SavingsRecommendation For(Anomaly anomaly, long requests, TokenUsage tokens, SubstituteQuote quote)
    {
        var (from, to) = (quote.Current, quote.Substitute);
        var window = $"{anomaly.WindowStartUtc:yyyy-MM-dd HH:mm}–{anomaly.WindowEndUtc:HH:mm} UTC";
        return new SavingsRecommendation(RecommendationTypes.ModelSubstitution,
            Fingerprint(RecommendationTypes.ModelSubstitution, $"anomaly:{anomaly.Id:N}"),
            $"Serve spikes like {window} on {to.Model} instead of {from.Model}",
            $"{requests} calls to {from.Model} drove the spend spike of {window}. The same tokens ({tokens.InputTokens} input, {tokens.CachedInputTokens} of them " +
            $"cached, and {tokens.OutputTokens} output) cost {Usd(to.CostNanoUsd)} on {to.Provider} {to.Model} instead of {Usd(from.CostNanoUsd)}, " +
            $"{Usd(quote.SavingNanoUsd)} less for that hour. Check quality on a sample first.",
            [
                Row("anomalyId", anomaly.Id.ToString()), Row("windowStart", anomaly.WindowStartUtc.ToString("O")), Row("requests", requests),
                Row("inputTokens", tokens.InputTokens), Row("cachedInputTokens", tokens.CachedInputTokens), Row("cacheWriteTokens", tokens.CacheWriteTokens),
                Row("outputTokens", tokens.OutputTokens), Row("currentModel", from.Model), Row("currentProvider", from.Provider),
                Row("currentCostNanoUsd", from.CostNanoUsd), Row("substituteModel", to.Model), Row("substituteProvider", to.Provider),
                Row("substituteCostNanoUsd", to.CostNanoUsd), Row("savingNanoUsd", quote.SavingNanoUsd),
            ],
            quote.SavingNanoUsd);
    }
}
