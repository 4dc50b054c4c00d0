namespace AIntops.Domain.Ingest;

/// <summary>How a call used the provider's prompt cache: it read cached input, it only wrote to the cache, or neither.</summary>
public static class CacheOutcomes
{
    public const string CacheRead = "cache_read";
    public const string CacheWrite = "cache_write";
    public const string Uncached = "uncached";

    /// <summary>Rollup rows of calls counted before the outcome was recorded, whose raw rows retention had already removed.</summary>
    public const string NotRecorded = "";

    public static string Of(LlmEvent e) => e.CachedInputTokens > 0 ? CacheRead : e.CacheWriteTokens > 0 ? CacheWrite : Uncached;
}
