using AIntops.Application.Ingest;
using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Recommendations.Generation;

/// <summary>
/// The aggregates the savings calculators read, over real usage of every environment: per endpointTag × model from the blended
/// ledger (billing beyond telemetry is the "(unattributed)" endpointTag, on the models billing names), and the repeated promptHashes
/// from the raw events.
/// </summary>
public sealed class SavingsUsageReader(IAppDbContext db, LedgerReader ledger, DimensionDirectory dimensions)
{
    public async Task<List<EndpointModelUsage>> EndpointModelsAsync(AnalyticsWindow window, int windowDays, CancellationToken cancellationToken) =>
        (await ledger.SumAsync(new AnalyticsFilter(DataMode: DataModes.Real), window, new UsageGrouping(First: "endpointTag", Second: "model"), cancellationToken))
        .Rows.Select(s => new EndpointModelUsage(Tag(s.First), s.Second, s.Requests, s.Requests - s.Errors,
            new TokenUsage(s.InputTokens, s.OutputTokens, s.CachedInputTokens, s.CacheWriteTokens), s.CostNanoUsd, windowDays))
        .OrderBy(u => u.EndpointTag, StringComparer.Ordinal).ThenBy(u => u.Model, StringComparer.Ordinal).ToList();

    /// <summary>The promptHashes sent more than once to one model from one endpointTag, most input tokens first.</summary>
    public async Task<List<PromptRepeatUsage>> RepeatedPromptsAsync(AnalyticsWindow window, int windowDays, int max, CancellationToken cancellationToken)
    {
        var repeats = await db.LlmEvents.AsNoTracking()
            .Where(e => e.PromptHash != null && e.DataMode == DataModes.Real && e.TimestampMs >= window.FromMs && e.TimestampMs < window.ToMs)
            .GroupBy(e => new { e.PromptHash, EndpointTagRef = e.EndpointTagRef ?? 0, e.ModelRef })
            .Where(g => g.Count() > 1)
            .Select(g => new
            {
                g.Key.PromptHash, g.Key.EndpointTagRef, g.Key.ModelRef, Requests = g.LongCount(), Input = g.Sum(e => e.InputTokens),
                Output = g.Sum(e => e.OutputTokens), Cached = g.Sum(e => e.CachedInputTokens), Written = g.Sum(e => e.CacheWriteTokens),
            })
            .OrderByDescending(g => g.Input).Take(max).ToListAsync(cancellationToken);
        var values = await dimensions.ValuesAsync(repeats.SelectMany(g => new[] { g.EndpointTagRef, g.ModelRef }), cancellationToken);
        return [.. repeats.Select(g => new PromptRepeatUsage(g.PromptHash!, Tag(values.GetValueOrDefault(g.EndpointTagRef, "")), values[g.ModelRef], g.Requests,
            new TokenUsage(g.Input, g.Output, g.Cached, g.Written), windowDays))];
    }

    /// <summary>Calls without an endpointTag are one group of their own.</summary>
    public const string Untagged = "(untagged)";

    /// <summary>Billed usage no telemetry attributes.</summary>
    public const string UnattributedUsage = "(unattributed usage)";

    private static string Tag(string endpointTag) => endpointTag switch { "" => Untagged, LedgerBlend.Unattributed => UnattributedUsage, _ => endpointTag };
}
