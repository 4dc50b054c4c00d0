using System.Text.Json.Serialization;

namespace AIntops.Infrastructure.Providers;

public sealed record AnthropicBucket<TResult>(DateTime StartingAt, DateTime EndingAt, IReadOnlyList<TResult> Results);

/// <summary>A messages usage result: uncached input, cache reads and cache writes are reported apart.</summary>
public sealed record AnthropicUsageResult(
    long UncachedInputTokens,
    long CacheReadInputTokens,
    long OutputTokens,
    AnthropicCacheCreation? CacheCreation = null,
    string? ApiKeyId = null,
    string? WorkspaceId = null,
    string? Model = null);

public sealed record AnthropicCacheCreation(
    [property: JsonPropertyName("ephemeral_5m_input_tokens")] long Ephemeral5mInputTokens,
    [property: JsonPropertyName("ephemeral_1h_input_tokens")] long Ephemeral1hInputTokens);

/// <param name="Amount">US cents as a decimal string: <c>"123.45"</c> is $1.2345.</param>
/// <param name="Model">Set when grouped by description and the line is for a model.</param>
public sealed record AnthropicCostResult(string Amount, string? Currency = null, string? WorkspaceId = null, string? Description = null, string? Model = null);
