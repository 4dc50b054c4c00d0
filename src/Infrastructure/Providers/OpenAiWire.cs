namespace AIntops.Infrastructure.Providers;

public sealed record OpenAiBucket<TResult>(long StartTime, long EndTime, IReadOnlyList<TResult> Results);

/// <summary>
/// A completions usage result. <see cref="InputTokens"/> includes cached reads and cache writes;
/// <see cref="InputUncachedTokens"/> and <see cref="InputCacheWriteTokens"/> exist in newer responses only.
/// </summary>
public sealed record OpenAiUsageResult(
    long InputTokens,
    long OutputTokens,
    long NumModelRequests,
    long? InputCachedTokens = null,
    long? InputCacheWriteTokens = null,
    long? InputUncachedTokens = null,
    string? ProjectId = null,
    string? ApiKeyId = null,
    string? Model = null);

/// <param name="LineItem">As in <c>"gpt-4o-2024-08-06, cached input"</c> when grouped by line item.</param>
public sealed record OpenAiCostResult(OpenAiAmount Amount, string? LineItem = null, string? ProjectId = null, string? ApiKeyId = null);

/// <param name="Value">US dollars.</param>
public sealed record OpenAiAmount(decimal Value, string Currency);
