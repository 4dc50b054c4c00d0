using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>A premium model serving short calls that succeed: its first cheaper sibling that is cheaper for the same tokens.</summary>
public static class ModelDowngrade
{
    public static IEnumerable<SavingsRecommendation> Find(IEnumerable<EndpointModelUsage> usages, SavingsContext context)
    {
        foreach (var usage in usages.Where(u => IsShortAndReliable(u, context.Options)))
        {
            var quote = SubstituteQuote.Cheaper(context, usage.Model, usage.Requests, usage.Tokens, (table, model) => table.CheaperSiblingsOf(model)).FirstOrDefault();
            if (quote is null) continue;
            var monthly = AggregatePricing.PerMonth(quote.SavingNanoUsd, usage.WindowDays);
            if (monthly < context.Options.MinimumMonthlySavingNanoUsd) continue;
            yield return Recommend(usage, quote, monthly);
        }
    }

    private static bool IsShortAndReliable(EndpointModelUsage usage, SavingsOptions options) =>
        usage.Requests >= options.MinimumRequests
        && usage.SuccessRate >= options.DowngradeMinSuccessRate
        && usage.AverageInputTokens <= options.DowngradeMaxAverageInputTokens
        && usage.AverageOutputTokens <= options.DowngradeMaxAverageOutputTokens;

    private static SavingsRecommendation Recommend(EndpointModelUsage usage, SubstituteQuote quote, long monthly)
    {
        var (from, to) = (quote.Current.Model, quote.Substitute.Model);
        var evidence = Of(usage);
        evidence.AddRange(quote.EvidenceRows(monthly));
        return new SavingsRecommendation(RecommendationTypes.ModelDowngrade,
            Fingerprint(RecommendationTypes.ModelDowngrade, usage.EndpointTag, from, to),
            $"Use {to} instead of {from} on {usage.EndpointTag}",
            $"Over {usage.WindowDays} days {usage.EndpointTag} sent {usage.Requests} requests to {from} averaging {usage.AverageInputTokens} input and " +
            $"{usage.AverageOutputTokens} output tokens, and {Percent(usage.SuccessRate)} succeeded: short, reliable calls that its cheaper sibling {to} can serve. " +
            $"The same tokens at {to}'s prices cost {Usd(quote.Substitute.CostNanoUsd)} instead of {Usd(quote.Current.CostNanoUsd)}, {Usd(monthly)} less per 30-day month.",
            evidence, monthly);
    }
}
