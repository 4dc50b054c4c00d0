using AIntops.Application.Pricing;
using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>
/// Long prompts that produce short answers: the saving is an assumed share of the uncached input
/// (<see cref="SavingsOptions.CompressionFraction"/>) no longer sent, priced on the same model.
/// </summary>
public static class PromptCompression
{
    public static IEnumerable<SavingsRecommendation> Find(IEnumerable<EndpointModelUsage> usages, SavingsContext context)
    {
        var options = context.Options;
        foreach (var usage in usages.Where(u => IsLongInShortOut(u, options)))
        {
            var removed = (long)Math.Round(usage.Tokens.UncachedInputTokens * (decimal)options.CompressionFraction, MidpointRounding.AwayFromZero);
            var compressed = usage.Tokens with { InputTokens = usage.Tokens.InputTokens - removed };
            if (context.Price(usage.Model, usage.Requests, usage.Tokens) is not { } current
                || context.Price(usage.Model, usage.Requests, compressed) is not { } after) continue;
            var monthly = AggregatePricing.PerMonth(current.CostNanoUsd - after.CostNanoUsd, usage.WindowDays);
            if (monthly < options.MinimumMonthlySavingNanoUsd) continue;
            yield return Recommend(usage, options.CompressionFraction, removed, current, monthly);
        }
    }

    private static bool IsLongInShortOut(EndpointModelUsage usage, SavingsOptions options) =>
        usage.Requests >= options.MinimumRequests
        && usage.AverageInputTokens >= options.CompressionMinAverageInputTokens
        && usage.Tokens.OutputTokens <= usage.Tokens.InputTokens * options.CompressionMaxOutputToInputRatio;

    private static SavingsRecommendation Recommend(EndpointModelUsage usage, double fraction, long removed, PricedUsage current, long monthly)
    {
        var percent = Percent(fraction);
        var evidence = Of(usage);
        evidence.AddRange([Row("assumedCompressionFraction", fraction), Row("removedInputTokens", removed), Row("monthlySavingNanoUsd", monthly)]);
        return new SavingsRecommendation(RecommendationTypes.PromptCompression,
            Fingerprint(RecommendationTypes.PromptCompression, usage.EndpointTag, current.Model),
            $"Shorten the prompts of {usage.EndpointTag}",
            $"{usage.EndpointTag} sends {usage.AverageInputTokens} input tokens per request to {current.Model} and gets {usage.AverageOutputTokens} back. " +
            $"Assuming a rewrite removes {percent} of the uncached input ({removed} tokens over {usage.WindowDays} days) at {current.Model}'s input price, " +
            $"it saves {Usd(monthly)} per 30-day month. The {percent} is an assumption, not a measurement.",
            evidence, monthly);
    }
}
