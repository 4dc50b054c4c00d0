using AIntops.Application.Analytics;
using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Anomalies.DetectAnomalies;

/// <summary>A scope's spend from the hourly rollup: real data of every environment, hours as Unix milliseconds.</summary>
public sealed class AnomalySpendReader(IAppDbContext db)
{
    private static readonly string[] BreakdownDimensions = [DriverDimensions.Team, DriverDimensions.Model, DriverDimensions.EndpointTag, DriverDimensions.PromptVersion];

    public async Task<List<HourlySpend>> SeriesAsync(AnomalyScope scope, long fromMs, long toMs, CancellationToken cancellationToken) =>
        (await Rows(scope, fromMs, toMs).GroupBy(r => r.PeriodStartMs).Select(g => new { g.Key, Cost = g.Sum(r => r.CostNanoUsd) })
            .ToListAsync(cancellationToken))
        .Select(h => new HourlySpend(DateTimeOffset.FromUnixTimeMilliseconds(h.Key).UtcDateTime, h.Cost)).ToList();

    /// <summary>Spend by team, model, endpointTag and promptVersion in the hour at <paramref name="hourMs"/> and over [<paramref name="baselineFromMs"/>, hour).</summary>
    public async Task<List<DimensionBreakdown>> BreakdownsAsync(AnomalyScope scope, long hourMs, long baselineFromMs, CancellationToken cancellationToken)
    {
        var breakdowns = new List<DimensionBreakdown>();
        foreach (var dimension in BreakdownDimensions)
            breakdowns.Add(new DimensionBreakdown(dimension,
                await SpendByAsync(Rows(scope, hourMs, hourMs + UsageRollups.HourMs), dimension, cancellationToken),
                await SpendByAsync(Rows(scope, baselineFromMs, hourMs), dimension, cancellationToken)));
        return breakdowns;
    }

    /// <summary>The values of <paramref name="dimension"/> (provider, model or team) that spent at least <paramref name="minimumNanoUsd"/> in the hour, biggest first.</summary>
    public async Task<List<string>> SpendersAsync(Guid organizationId, string dimension, long hourMs, long minimumNanoUsd, int max, CancellationToken cancellationToken) =>
        (await SpendByAsync(Rows(new AnomalyScope(organizationId), hourMs, hourMs + UsageRollups.HourMs), dimension, cancellationToken))
        .Where(p => p.Key.Length > 0 && p.Value >= minimumNanoUsd).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(max).Select(p => p.Key).ToList();

    /// <summary>The calls of <paramref name="model"/> in the scope during the hour.</summary>
    public async Task<(long Requests, TokenUsage Tokens)> ModelCallsAsync(AnomalyScope scope, string model, long hourMs, CancellationToken cancellationToken)
    {
        var sums = await Rows(scope, hourMs, hourMs + UsageRollups.HourMs).Where(r => r.Model == model).GroupBy(_ => 1)
            .Select(g => new
            {
                Requests = g.Sum(r => r.Requests), Input = g.Sum(r => r.InputTokens), Output = g.Sum(r => r.OutputTokens),
                Cached = g.Sum(r => r.CachedInputTokens), Written = g.Sum(r => r.CacheWriteTokens),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return sums is null ? (0, default) : (sums.Requests, new TokenUsage(sums.Input, sums.Output, sums.Cached, sums.Written));
    }

    private IQueryable<UsageHourly> Rows(AnomalyScope scope, long fromMs, long toMs)
    {
        var rows = db.UsageHourly.AsNoTracking().Where(r => r.DataMode == DataModes.Real && r.PeriodStartMs >= fromMs && r.PeriodStartMs < toMs);
        if (scope.Provider is { } provider) rows = rows.Where(r => r.Provider == provider);
        if (scope.Model is { } model) rows = rows.Where(r => r.Model == model);
        if (scope.Team is { } team) rows = rows.Where(r => r.Team == team);
        return rows;
    }

    private static async Task<Dictionary<string, long>> SpendByAsync(IQueryable<UsageHourly> rows, string dimension, CancellationToken cancellationToken) =>
        await rows.GroupBy(new UsageGrouping(First: dimension).KeyOf<UsageHourly>(nameof(UsageHourly.PeriodStartMs)))
            .Select(g => new { g.Key.First, Cost = g.Sum(r => r.CostNanoUsd) })
            .ToDictionaryAsync(g => g.First, g => g.Cost, cancellationToken);
}
