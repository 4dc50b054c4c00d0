using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Analytics;

/// <summary>
/// Sums provider-reported usage (source=billed) in the shape of the ingest rollups: spend from the
/// cost reports (UTC days), tokens and requests from the usage reports (hours). Provider reports
/// carry provider and model only, so those are the only dimensions; models are grouped by the
/// catalog model they resolve to, as in reconciliation.
/// </summary>
public sealed class BilledUsageReader(IAppDbContext db, PriceCatalog catalog)
{
    public static readonly string[] Dimensions = ["provider", "model"];

    public async Task<List<UsageSums>> SumAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken)
    {
        var rows = db.ProviderUsage.AsNoTracking().Where(u => u.BucketStartMs >= window.FromMs && u.BucketStartMs < window.ToMs);
        if (filter.Provider is { } provider) rows = rows.Where(u => u.Provider == provider);
        var buckets = await rows
            .GroupBy(u => new { u.Kind, u.BucketStartMs, u.Provider, u.Model })
            .Select(g => new Bucket(g.Key.Kind, g.Key.BucketStartMs, g.Key.Provider, g.Key.Model, g.Sum(u => u.Requests ?? 0),
                g.Sum(u => u.UncachedInputTokens), g.Sum(u => u.CachedInputTokens), g.Sum(u => u.CacheWrite5mTokens + u.CacheWrite1hTokens),
                g.Sum(u => u.OutputTokens), g.Sum(u => u.CostNanoUsd)))
            .ToListAsync(cancellationToken);
        var model = filter.Model is null ? null : Catalogued(filter.Model);
        return buckets.Select(b => b with { Model = Catalogued(b.Model) }).Where(b => model is null || b.Model == model)
            .GroupBy(b => (Period: grouping.Period is null ? 0 : UsageGrouping.PeriodOf(grouping.Period, b.StartMs), First: Part(grouping.First, b),
                Second: Part(grouping.Second, b)))
            .Select(g =>
            {
                var usage = g.Where(b => b.Kind == ProviderUsageKind.Usage).ToList();
                return new UsageSums
                {
                    Period = g.Key.Period, First = g.Key.First, Second = g.Key.Second, Requests = usage.Sum(b => b.Requests),
                    InputTokens = usage.Sum(b => b.UncachedInputTokens + b.CachedInputTokens + b.CacheWriteTokens), OutputTokens = usage.Sum(b => b.OutputTokens),
                    CachedInputTokens = usage.Sum(b => b.CachedInputTokens), CacheWriteTokens = usage.Sum(b => b.CacheWriteTokens),
                    CostNanoUsd = g.Where(b => b.Kind == ProviderUsageKind.Cost).Sum(b => b.CostNanoUsd),
                };
            })
            .ToList();
    }

    private static string Part(string? dimension, Bucket bucket) => dimension switch
    {
        "provider" => bucket.Provider,
        "model" => bucket.Model,
        _ => "",
    };

    private string Catalogued(string model) => catalog.ModelOf(model) ?? model;

    private sealed record Bucket(ProviderUsageKind Kind, long StartMs, string Provider, string Model, long Requests, long UncachedInputTokens,
        long CachedInputTokens, long CacheWriteTokens, long OutputTokens, long CostNanoUsd);
}
