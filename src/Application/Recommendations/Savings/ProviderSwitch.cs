using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>An equivalent model at another provider that is cheaper for the same tokens: the cheapest of them.</summary>
public static class ProviderSwitch
{
    public static IEnumerable<SavingsRecommendation> Find(IEnumerable<EndpointModelUsage> usages, SavingsContext context)
    {
        foreach (var usage in usages.Where(u => u.Requests >= context.Options.MinimumRequests))
        {
            var quote = SubstituteQuote.Cheaper(context, usage.Model, usage.Requests, usage.Tokens, (table, model) => table.EquivalentsOf(model))
                .Where(q => !q.Substitute.Provider.Equals(q.Current.Provider, StringComparison.OrdinalIgnoreCase))
                .MaxBy(q => q.SavingNanoUsd);
            if (quote is null) continue;
            var monthly = AggregatePricing.PerMonth(quote.SavingNanoUsd, usage.WindowDays);
            if (monthly < context.Options.MinimumMonthlySavingNanoUsd) continue;
            yield return Recommend(usage, quote, monthly);
        }
    }

    private static SavingsRecommendation Recommend(EndpointModelUsage usage, SubstituteQuote quote, long monthly)
    {
        var (from, to) = (quote.Current, quote.Substitute);
        var evidence = Of(usage);
        evidence.AddRange(quote.EvidenceRows(monthly));
        return new SavingsRecommendation(RecommendationTypes.ProviderSwitch,
            Fingerprint(RecommendationTypes.ProviderSwitch, usage.EndpointTag, from.Model, to.Model),
            $"Move {usage.EndpointTag} from {from.Provider} {from.Model} to {to.Provider} {to.Model}",
            $"{to.Model} at {to.Provider} is listed as equivalent to {from.Model}. The {usage.Requests} requests of {usage.EndpointTag} over {usage.WindowDays} days " +
            $"({usage.Tokens.InputTokens} input, {usage.Tokens.CachedInputTokens} of them cached, and {usage.Tokens.OutputTokens} output tokens) cost " +
            $"{Usd(to.CostNanoUsd)} there instead of {Usd(from.CostNanoUsd)}, {Usd(monthly)} less per 30-day month. Check quality on a sample first.",
            evidence, monthly);
    }
}
