using AIntops.Application.Analytics;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Recommendations.GenerateRecommendations;

/// <summary>
/// The aggregates the savings calculators read, over real ingested calls of every environment: per endpointTag × model from the
/// daily rollup (hourly rows for the window's edges), and the repeated promptHashes from the raw events.
/// </summary>
public sealed class SavingsUsageReader(IAppDbContext db)
{
    public async Task<List<EndpointModelUsage>> EndpointModelsAsync(AnalyticsWindow window, int windowDays, CancellationToken cancellationToken)
    {
        var days = window.WholeDays;
        var parts = await SumAsync(db.UsageDaily, days, cancellationToken);
        foreach (var edge in window.Edges(days)) parts.AddRange(await SumAsync(db.UsageHourly, edge, cancellationToken));
        return parts.GroupBy(p => (p.EndpointTag, p.Model))
            .Select(g => new EndpointModelUsage(Tag(g.Key.EndpointTag), g.Key.Model, g.Sum(p => p.Requests), g.Sum(p => p.Successes),
                new TokenUsage(g.Sum(p => p.Input), g.Sum(p => p.Output), g.Sum(p => p.Cached), g.Sum(p => p.Written)), g.Sum(p => p.Cost), windowDays))
            .OrderBy(u => u.EndpointTag, StringComparer.Ordinal).ThenBy(u => u.Model, StringComparer.Ordinal).ToList();
    }

    /// <summary>The promptHashes sent more than once to one model from one endpointTag, most input tokens first.</summary>
    public async Task<List<PromptRepeatUsage>> RepeatedPromptsAsync(AnalyticsWindow window, int windowDays, int max, CancellationToken cancellationToken) =>
        (await db.LlmEvents.AsNoTracking()
            .Where(e => e.PromptHash != null && e.DataMode == DataModes.Real && e.TimestampMs >= window.FromMs && e.TimestampMs < window.ToMs)
            .GroupBy(e => new { e.PromptHash, EndpointTag = e.EndpointTag ?? "", e.Model })
            .Where(g => g.Count() > 1)
            .Select(g => new
            {
                g.Key.PromptHash, g.Key.EndpointTag, g.Key.Model, Requests = g.LongCount(), Input = g.Sum(e => e.InputTokens), Output = g.Sum(e => e.OutputTokens),
                Cached = g.Sum(e => e.CachedInputTokens), Written = g.Sum(e => e.CacheWriteTokens),
            })
            .OrderByDescending(g => g.Input).Take(max).ToListAsync(cancellationToken))
        .Select(g => new PromptRepeatUsage(g.PromptHash!, Tag(g.EndpointTag), g.Model, g.Requests, new TokenUsage(g.Input, g.Output, g.Cached, g.Written), windowDays))
        .ToList();

    /// <summary>Calls without an endpointTag are one group of their own.</summary>
    public const string Untagged = "(untagged)";

    private static string Tag(string endpointTag) => endpointTag.Length == 0 ? Untagged : endpointTag;

    private static Task<List<Part>> SumAsync<T>(IQueryable<T> rows, AnalyticsWindow window, CancellationToken cancellationToken) where T : UsageRollupRow =>
        rows.AsNoTracking().Where(r => r.DataMode == DataModes.Real && r.PeriodStartMs >= window.FromMs && r.PeriodStartMs < window.ToMs)
            .GroupBy(r => new { r.EndpointTag, r.Model })
            .Select(g => new Part(g.Key.EndpointTag, g.Key.Model, g.Sum(r => r.Requests), g.Sum(r => r.Status == CallStatuses.Success ? r.Requests : 0),
                g.Sum(r => r.InputTokens), g.Sum(r => r.OutputTokens), g.Sum(r => r.CachedInputTokens), g.Sum(r => r.CacheWriteTokens), g.Sum(r => r.CostNanoUsd)))
            .ToListAsync(cancellationToken);

    private sealed record Part(string EndpointTag, string Model, long Requests, long Successes, long Input, long Output, long Cached, long Written, long Cost);
}
