using AIntops.Application.Providers;

namespace AIntops.Infrastructure.Providers;

public readonly record struct CostLine(DateTime DayUtc, string? Model, string? ProjectId, string? ApiKeyId, long CostNanoUsd);

/// <summary>Sums a provider's cost lines (per token kind) into one cost row per day, model, project/workspace and key.</summary>
public static class CostRows
{
    public static IReadOnlyList<ProviderUsageRecord> Sum(string provider, IEnumerable<CostLine> lines) =>
        lines.GroupBy(l => (l.DayUtc, l.Model, l.ProjectId, l.ApiKeyId))
            .Select(g => new ProviderUsageRecord(provider, g.Key.DayUtc, UsageBucketWidth.Day, g.Key.Model, g.Key.ProjectId, g.Key.ApiKeyId,
                0, 0, 0, 0, 0, null, g.Sum(l => l.CostNanoUsd)))
            .ToList();
}
