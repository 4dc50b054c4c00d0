namespace AIntops.Application.Providers;

public static class ProviderNames
{
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";
}

public enum UsageBucketWidth { Minute, Hour, Day }

/// <summary>
/// One row of provider-reported usage or cost: a bucket and a (model, project/workspace, API key)
/// combination. Token kinds are disjoint: their sum is all input. A usage row has
/// <see cref="CostNanoUsd"/> null; a cost row has zero tokens and the billed cost. A cost that is
/// not for a model (e.g. "Code Execution Usage") carries its line description as <see cref="Model"/>.
/// </summary>
public sealed record ProviderUsageRecord
{
    public required string Provider { get; init; }
    public required DateTime BucketStartUtc { get; init; }
    public required UsageBucketWidth BucketWidth { get; init; }
    public required string? Model { get; init; }

    /// <summary>OpenAI project or Anthropic workspace; null for Anthropic's default workspace.</summary>
    public required string? ProjectId { get; init; }

    /// <summary>Null when the provider does not attribute the row to a key (Anthropic Console usage, costs).</summary>
    public required string? ApiKeyId { get; init; }

    public required long UncachedInputTokens { get; init; }
    public required long CachedInputTokens { get; init; }
    public required long CacheWrite5mTokens { get; init; }
    public required long CacheWrite1hTokens { get; init; }
    public required long OutputTokens { get; init; }

    /// <summary>Null when the provider does not report request counts (Anthropic).</summary>
    public required long? Requests { get; init; }

    public required long? CostNanoUsd { get; init; }

    public long CacheWriteTokens => CacheWrite5mTokens + CacheWrite1hTokens;

    public long InputTokens => UncachedInputTokens + CachedInputTokens + CacheWriteTokens;
}
