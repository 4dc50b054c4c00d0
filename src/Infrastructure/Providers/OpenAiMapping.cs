using AIntops.Application.Pricing;
using AIntops.Application.Providers;

namespace AIntops.Infrastructure.Providers;

/// <summary>OpenAI admin API pages → the internal usage shape.</summary>
public static class OpenAiMapping
{
    public static IEnumerable<ProviderUsageRecord> Usage(WirePage<OpenAiBucket<OpenAiUsageResult>> page, UsageBucketWidth width) =>
        from bucket in page.Data
        from r in bucket.Results
        let cached = r.InputCachedTokens ?? 0
        let cacheWrite = r.InputCacheWriteTokens ?? 0
        select new ProviderUsageRecord
        {
            Provider = ProviderNames.OpenAi,
            BucketStartUtc = Utc(bucket.StartTime),
            BucketWidth = width,
            Model = r.Model,
            ProjectId = r.ProjectId,
            ApiKeyId = r.ApiKeyId,
            UncachedInputTokens = r.InputUncachedTokens ?? Math.Max(0, r.InputTokens - cached - cacheWrite),
            CachedInputTokens = cached,
            CacheWrite5mTokens = cacheWrite,
            CacheWrite1hTokens = 0,
            OutputTokens = r.OutputTokens,
            Requests = r.NumModelRequests,
            CostNanoUsd = null,
        };

    public static IEnumerable<CostLine> Costs(WirePage<OpenAiBucket<OpenAiCostResult>> page) =>
        from bucket in page.Data
        from r in bucket.Results
        select new CostLine(Utc(bucket.StartTime), ModelOf(r.LineItem), r.ProjectId, r.ApiKeyId,
            (long)Math.Round(r.Amount.Value * NanoUsd.PerUsd, MidpointRounding.AwayFromZero));

    /// <summary>"gpt-4o-2024-08-06, cached input" → "gpt-4o-2024-08-06"; a line item without a model part stays whole.</summary>
    public static string? ModelOf(string? lineItem)
    {
        var comma = lineItem?.LastIndexOf(", ", StringComparison.Ordinal) ?? -1;
        return comma > 0 ? lineItem![..comma] : lineItem;
    }

    private static DateTime Utc(long unixSeconds) => DateTime.UnixEpoch.AddSeconds(unixSeconds);
}
