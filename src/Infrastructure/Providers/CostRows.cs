using AIntops.Application.Providers;

namespace AIntops.Infrastructure.Providers;

public readonly record struct CostLine(DateTime DayUtc, string? Model, string? ProjectId, string? ApiKeyId, long CostNanoUsd);

/// <summary>Sums a provider's cost lines (per token kind) into one cost row per day, model, project/workspace and key.</summary>
public static class CostRows
{
    public static IReadOnlyList<ProviderUsageRecord> Sum(string provider, IEnumerable<CostLine> lines) =>
        lines.GroupBy(l => (l.DayUtc, l.Model, l.ProjectId, l.ApiKeyId))
            .Select(g => new ProviderUsageRecord
            {
                Provider = provider,
                BucketStartUtc = g.Key.DayUtc,
                BucketWidth = UsageBucketWidth.Day,
                Model = g.Key.Model,
                ProjectId = g.Key.ProjectId,
                ApiKeyId = g.Key.ApiKeyId,
                UncachedInputTokens = 0,
                CachedInputTokens = 0,
                CacheWrite5mTokens = 0,
                CacheWrite1hTokens = 0,
                OutputTokens = 0,
                Requests = null,
                CostNanoUsd = g.Sum(l => l.CostNanoUsd),
            })
            .ToList();
}
