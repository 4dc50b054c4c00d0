using System.Globalization;
using AIntops.Application.Providers;

namespace AIntops.Infrastructure.Providers;

/// <summary>Anthropic admin API pages → the internal usage shape.</summary>
public static class AnthropicMapping
{
    private const decimal NanoUsdPerCent = 10_000_000m;

    public static IEnumerable<ProviderUsageRecord> Usage(WirePage<AnthropicBucket<AnthropicUsageResult>> page, UsageBucketWidth width) =>
        from bucket in page.Data
        from r in bucket.Results
        select new ProviderUsageRecord
        {
            Provider = ProviderNames.Anthropic,
            BucketStartUtc = DateTime.SpecifyKind(bucket.StartingAt, DateTimeKind.Utc),
            BucketWidth = width,
            Model = r.Model,
            ProjectId = r.WorkspaceId,
            ApiKeyId = r.ApiKeyId,
            UncachedInputTokens = r.UncachedInputTokens,
            CachedInputTokens = r.CacheReadInputTokens,
            CacheWrite5mTokens = r.CacheCreation?.Ephemeral5mInputTokens ?? 0,
            CacheWrite1hTokens = r.CacheCreation?.Ephemeral1hInputTokens ?? 0,
            OutputTokens = r.OutputTokens,
            Requests = null,
            CostNanoUsd = null,
        };

    public static IEnumerable<CostLine> Costs(WirePage<AnthropicBucket<AnthropicCostResult>> page) =>
        from bucket in page.Data
        from r in bucket.Results
        select new CostLine(DateTime.SpecifyKind(bucket.StartingAt, DateTimeKind.Utc), r.Model ?? r.Description, r.WorkspaceId, null, CentsToNanoUsd(r.Amount));

    public static long CentsToNanoUsd(string cents) =>
        (long)Math.Round(decimal.Parse(cents, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) * NanoUsdPerCent,
            MidpointRounding.AwayFromZero);
}
