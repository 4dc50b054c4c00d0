namespace AIntops.Application.Pricing;

/// <summary>One dated price row, in USD per 1M tokens (see Infrastructure/Pricing/README.md).</summary>
public sealed record ModelPrice(
    string Provider,
    string Model,
    string MatchPattern,
    DateTime? EffectiveFrom,
    long? InputTokensAbove,
    decimal? Input,
    decimal? CachedInput,
    decimal? CacheWrite5m,
    decimal? CacheWrite1h,
    decimal? Output,
    decimal? Total);

/// <summary>Token counts of one call. <see cref="InputTokens"/> includes cached reads and cache writes.</summary>
public readonly record struct TokenUsage(long InputTokens, long OutputTokens, long CachedInputTokens = 0, long CacheWriteTokens = 0, long? TotalTokens = null)
{
    public long UncachedInputTokens => Math.Max(0, InputTokens - CachedInputTokens - CacheWriteTokens);
}

/// <param name="CostNanoUsd">0 when the price is unknown; callers count those calls as unpriced.</param>
/// <param name="Model">The model name of the price row used (a catalog name or an override's model).</param>
/// <param name="Provider">The provider of the price row used; null when the price is unknown.</param>
/// <param name="Match">How the model id found the price row.</param>
public readonly record struct PricedCost(long CostNanoUsd, bool PriceKnown, string? Model, string? Provider, PriceMatch Match)
{
    public static PricedCost Of(ModelPrice? price, TokenUsage usage, PriceMatch match) => price is null
        ? new PricedCost(0, false, null, null, PriceMatch.Unpriced)
        : new PricedCost(PriceCatalog.Cost(price, usage), true, price.Model, price.Provider, match);
}
