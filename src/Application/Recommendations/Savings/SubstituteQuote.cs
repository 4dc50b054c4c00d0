using AIntops.Application.Pricing;
using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>The same calls priced on their model and on a substitute.</summary>
public sealed record SubstituteQuote(PricedUsage Current, PricedUsage Substitute)
{
    public long SavingNanoUsd => Current.CostNanoUsd - Substitute.CostNanoUsd;

    public IEnumerable<EvidenceRow> EvidenceRows(long monthlySavingNanoUsd) =>
    [
        Row("currentModel", Current.Model),
        Row("currentProvider", Current.Provider),
        Row("currentPriceCostNanoUsd", Current.CostNanoUsd),
        Row("substituteModel", Substitute.Model),
        Row("substituteProvider", Substitute.Provider),
        Row("substituteCostNanoUsd", Substitute.CostNanoUsd),
        Row("monthlySavingNanoUsd", monthlySavingNanoUsd),
    ];

    /// <summary>
    /// Quotes of the <paramref name="pickCandidates"/> of <paramref name="modelId"/>'s catalog model that are
    /// strictly cheaper for these tokens, in the order the candidates are given.
    /// </summary>
    public static IEnumerable<SubstituteQuote> Cheaper(SavingsContext context, string modelId, long requests, TokenUsage tokens,
        Func<ModelEquivalences, string, IReadOnlyList<string>> pickCandidates)
    {
        if (context.Price(modelId, requests, tokens) is not { } current) yield break;
        foreach (var candidate in pickCandidates(context.Equivalences, current.Model))
            if (context.Price(candidate, requests, tokens) is { } substitute && substitute.CostNanoUsd < current.CostNanoUsd)
                yield return new SubstituteQuote(current, substitute);
    }
}
