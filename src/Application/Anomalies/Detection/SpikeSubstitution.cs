using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;

namespace AIntops.Application.Anomalies.Detection;

/// <summary>
/// For the model that drove an anomaly: what its calls during the anomaly would have cost on the first substitute
/// (cheaper siblings first, then other providers' equivalents) that is cheaper for the same tokens; null when none is.
/// </summary>
public static class SpikeSubstitution
{
    public static SubstituteQuote? Quote(SavingsContext context, string modelId, long requests, TokenUsage tokensDuringAnomaly) =>
        SubstituteQuote.Cheaper(context, modelId, requests, tokensDuringAnomaly, (table, model) => table.SubstitutesOf(model)).FirstOrDefault();
}
