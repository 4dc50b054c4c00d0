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
public readonly record struct PricedCost(long CostNanoUsd, bool PriceKnown, string? Model);
