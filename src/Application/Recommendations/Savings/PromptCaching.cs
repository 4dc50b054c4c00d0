using AIntops.Application.Pricing;
using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>
/// Input that prompt caching could bill at the cached-input price, on models whose price has one: the repeats
/// of a promptHash, and large uncached inputs. Cache writes are charged where the model prices them.
/// </summary>
public static class PromptCaching
{
    /// <summary>Every request after the first of a promptHash is assumed to read its uncached input from the cache; the first writes it.</summary>
    public static IEnumerable<SavingsRecommendation> FindRepeats(IEnumerable<PromptRepeatUsage> prompts, SavingsContext context)
    {
        foreach (var prompt in prompts.Where(p => p.Requests >= 2 && p.Tokens.InputTokens / p.Requests >= context.Options.CachingMinAverageInputTokens))
        {
            var firstRequest = prompt.Tokens.UncachedInputTokens / prompt.Requests;
            var reads = prompt.Tokens.UncachedInputTokens - firstRequest;
            if (CachingSaving(context, prompt.Model, prompt.Requests, prompt.Tokens, reads, firstRequest) is not { } s) continue;
            var monthly = AggregatePricing.PerMonth(s.Saving, prompt.WindowDays);
            if (monthly < context.Options.MinimumMonthlySavingNanoUsd) continue;
            yield return new SavingsRecommendation(RecommendationTypes.Caching,
                Fingerprint(RecommendationTypes.Caching, prompt.EndpointTag, s.Model, "prompt:" + prompt.PromptHash),
                $"Cache the repeated prompt {prompt.PromptHash} of {prompt.EndpointTag}",
                $"The same prompt ({prompt.PromptHash}) was sent {prompt.Requests} times to {s.Model} in {prompt.WindowDays} days. Billing the uncached input " +
                $"of every request after the first at the cached-input price (the first one writing the cache) saves {Usd(monthly)} per 30-day month, " +
                "assuming the repeats arrive while the provider still holds the cache.",
                [
                    Row("promptHash", prompt.PromptHash), Row("endpointTag", prompt.EndpointTag), Row("model", prompt.Model),
                    Row("windowDays", prompt.WindowDays), Row("requests", prompt.Requests), Row("inputTokens", prompt.Tokens.InputTokens),
                    Row("cachedInputTokens", prompt.Tokens.CachedInputTokens), Row("monthlySavingNanoUsd", monthly),
                ],
                monthly);
        }
    }

    /// <summary>
    /// Large inputs with no cache use at all: <see cref="SavingsOptions.CacheablePrefixFraction"/> of them is assumed to be a
    /// stable prefix, written once per <see cref="SavingsOptions.CacheReadsPerWrite"/> reads.
    /// </summary>
    public static IEnumerable<SavingsRecommendation> FindUncachedLargeInputs(IEnumerable<EndpointModelUsage> usages, SavingsContext context)
    {
        var options = context.Options;
        foreach (var usage in usages.Where(u => u.Requests >= options.MinimumRequests && u.AverageInputTokens >= options.CachingMinAverageInputTokens
                     && u.Tokens.CachedInputTokens == 0 && u.Tokens.CacheWriteTokens == 0))
        {
            var cacheable = (long)Math.Round(usage.Tokens.InputTokens * (decimal)options.CacheablePrefixFraction, MidpointRounding.AwayFromZero);
            var written = cacheable / (options.CacheReadsPerWrite + 1);
            if (CachingSaving(context, usage.Model, usage.Requests, usage.Tokens, cacheable - written, written) is not { } s) continue;
            var monthly = AggregatePricing.PerMonth(s.Saving, usage.WindowDays);
            if (monthly < options.MinimumMonthlySavingNanoUsd) continue;
            var evidence = Of(usage);
            evidence.AddRange([Row("assumedCacheablePrefixFraction", options.CacheablePrefixFraction), Row("assumedCacheReadsPerWrite", options.CacheReadsPerWrite), Row("monthlySavingNanoUsd", monthly)]);
            yield return new SavingsRecommendation(RecommendationTypes.Caching,
                Fingerprint(RecommendationTypes.Caching, usage.EndpointTag, s.Model, "large-input"),
                $"Turn on prompt caching for {usage.EndpointTag}",
                $"{usage.EndpointTag} sends {usage.AverageInputTokens} input tokens per request to {s.Model}, which prices cached input lower, and none of it is cached. " +
                $"Assuming {Percent(options.CacheablePrefixFraction)} of the input is a stable prefix read from the cache {options.CacheReadsPerWrite} times per write, " +
                $"it saves {Usd(monthly)} per 30-day month.",
                evidence, monthly);
        }
    }

    /// <summary>
    /// The cost saved when <paramref name="reads"/> uncached input tokens are read from the cache and <paramref name="written"/>
    /// are written to it (billed as writes where the model prices them, else as the input they already are); null when the
    /// model has no price or no cheaper cached-input price.
    /// </summary>
    private static (string Model, long Saving)? CachingSaving(SavingsContext context, string modelId, long requests, TokenUsage tokens, long reads, long written)
    {
        if (context.Price(modelId, requests, tokens) is not { } current || !OffersCaching(current.Price)) return null;
        var writes = current.Price.CacheWrite5m is null ? 0 : written;
        var cached = tokens with { CachedInputTokens = tokens.CachedInputTokens + reads, CacheWriteTokens = tokens.CacheWriteTokens + writes };
        return (current.Model, current.CostNanoUsd - PriceCatalog.Cost(current.Price, cached));
    }

    private static bool OffersCaching(ModelPrice price) => price.CachedInput is { } cached && price.Input is { } input && cached < input;
}
