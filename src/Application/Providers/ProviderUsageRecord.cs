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
/// <param name="ProjectId">OpenAI project or Anthropic workspace; null for Anthropic's default workspace.</param>
/// <param name="ApiKeyId">Null when the provider does not attribute the row to a key (Anthropic Console usage, costs).</param>
/// <param name="Requests">Null when the provider does not report request counts (Anthropic).</param>
public sealed record ProviderUsageRecord(
    string Provider,
    DateTime BucketStartUtc,
    UsageBucketWidth BucketWidth,
    string? Model,
    string? ProjectId,
    string? ApiKeyId,
    long UncachedInputTokens,
    long CachedInputTokens,
    long CacheWrite5mTokens,
    long CacheWrite1hTokens,
    long OutputTokens,
    long? Requests,
    long? CostNanoUsd)
{
    public long CacheWriteTokens => CacheWrite5mTokens + CacheWrite1hTokens;

    public long InputTokens => UncachedInputTokens + CachedInputTokens + CacheWriteTokens;
}
