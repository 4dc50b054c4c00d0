using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Anomalies.Scanning;

/// <summary>A scope's hourly spend from the blended ledger: real data of every environment, provider billing spread over its hours.</summary>
public sealed class AnomalySpendReader(LedgerReader ledger)
{
    private static readonly string[] BreakdownDimensions = [DriverDimensions.Team, DriverDimensions.Model, DriverDimensions.EndpointTag, DriverDimensions.PromptVersion];

    public async Task<List<HourlySpend>> SeriesAsync(AnomalyScope scope, long fromMs, long toMs, CancellationToken cancellationToken) =>
        (await SumAsync(scope, fromMs, toMs, new UsageGrouping(UsageGrouping.Hour), cancellationToken))
        .Select(h => new HourlySpend(DateTimeOffset.FromUnixTimeMilliseconds(h.Period).UtcDateTime, h.CostNanoUsd)).ToList();

    /// <summary>
    /// Spend by team, model, endpointTag and promptVersion in the hour at <paramref name="hourMs"/> and over [<paramref name="baselineFromMs"/>, hour).
    /// Billing no telemetry attributes names no driver: left out, the spike of a provider-only organization is driven by its model.
    /// </summary>
    public async Task<List<DimensionBreakdown>> BreakdownsAsync(AnomalyScope scope, long hourMs, long baselineFromMs, CancellationToken cancellationToken)
    {
        var breakdowns = new List<DimensionBreakdown>();
        foreach (var dimension in BreakdownDimensions)
            breakdowns.Add(new DimensionBreakdown(dimension,
                Attributed(await SpendByAsync(scope, hourMs, hourMs + UsageRollups.HourMs, dimension, cancellationToken)),
                Attributed(await SpendByAsync(scope, baselineFromMs, hourMs, dimension, cancellationToken))));
        return breakdowns;
    }

    private static Dictionary<string, long> Attributed(Dictionary<string, long> spend)
    {
        spend.Remove(LedgerBlend.Unattributed);
        return spend;
    }

    /// <summary>
    /// The values of <paramref name="dimension"/> (provider, model or team) that spent at least <paramref name="minimumNanoUsd"/> in
    /// [<paramref name="fromMs"/>, <paramref name="toMs"/>), biggest first; billing no telemetry attributes is not a team.
    /// </summary>
    public async Task<List<string>> SpendersAsync(Guid organizationId, string dimension, long fromMs, long toMs, long minimumNanoUsd, int max,
        CancellationToken cancellationToken) =>
        (await SpendByAsync(new AnomalyScope(organizationId), fromMs, toMs, dimension, cancellationToken))
        .Where(p => p.Key.Length > 0 && p.Key != LedgerBlend.Unattributed && p.Value >= minimumNanoUsd)
        .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(max).Select(p => p.Key).ToList();

    /// <summary>The calls of <paramref name="model"/> in the scope during the hour.</summary>
    public async Task<(long Requests, TokenUsage Tokens)> ModelCallsAsync(AnomalyScope scope, string model, long hourMs, CancellationToken cancellationToken)
    {
        var sums = UsageSums.Add(await SumAsync(scope with { Model = model }, hourMs, hourMs + UsageRollups.HourMs, UsageGrouping.Total, cancellationToken));
        return (sums.Requests, new TokenUsage(sums.InputTokens, sums.OutputTokens, sums.CachedInputTokens, sums.CacheWriteTokens));
    }

    private async Task<Dictionary<string, long>> SpendByAsync(AnomalyScope scope, long fromMs, long toMs, string dimension, CancellationToken cancellationToken) =>
        (await SumAsync(scope, fromMs, toMs, new UsageGrouping(First: dimension), cancellationToken)).ToDictionary(s => s.First, s => s.CostNanoUsd);

    private async Task<List<UsageSums>> SumAsync(AnomalyScope scope, long fromMs, long toMs, UsageGrouping grouping, CancellationToken cancellationToken) =>
        (await ledger.SumAsync(new AnalyticsFilter(DataMode: DataModes.Real, Provider: scope.Provider, Model: scope.Model, Team: scope.Team),
            new AnalyticsWindow(fromMs, toMs), grouping, cancellationToken)).Rows;
}
