using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using MediatR;

namespace AIntops.Application.Analytics.GetOverview;

public sealed record GetOverviewQuery(AnalyticsFilter Filter) : IRequest<Overview>, IAnalyticsQuery;

/// <param name="SpendUsd">Priced spend in the range; unpriced calls are counted in UnpricedRequests, never as $0.</param>
/// <param name="MonthToDateSpendUsd">This UTC month so far, with the same filters.</param>
/// <param name="CostPer1kTokensUsd">Blended: spend per 1,000 input and output tokens.</param>
/// <param name="TokenEfficiency">Output tokens / (input + output tokens).</param>
/// <param name="ActiveUsers">Distinct end users (userId) with calls in the whole UTC days covering the range.</param>
/// <param name="Errors">Null with source=billed, like latency and the user figures: provider reports do not carry them.</param>
/// <param name="ErrorRate">Errors of the calls telemetry attributes.</param>
/// <param name="SourceNote">Where the figures come from; latency and the user figures are always telemetry's.</param>
public sealed record Overview(
    DateTime From, DateTime To, decimal SpendUsd, decimal MonthToDateSpendUsd, long Requests, long? Errors, double? ErrorRate,
    long InputTokens, long OutputTokens, long CachedInputTokens, decimal? CostPer1kTokensUsd, double? TokenEfficiency,
    decimal? AverageCostPerRequestUsd, double? AverageLatencyMs, double? LatencyP50Ms, double? LatencyP95Ms,
    long? ActiveUsers, decimal? AverageCostPerUserUsd, double? AverageRequestsPerUser, long UnpricedRequests,
    IReadOnlyList<ProviderShare> Providers, double? TopProviderShare, SourceNote SourceNote);

/// <param name="Share">Of the range's priced spend.</param>
public sealed record ProviderShare(string Provider, decimal SpendUsd, long Requests, double? Share);

public sealed class GetOverviewHandler(LedgerReader ledger, UsageRollupReader rollups, TimeProvider clock) : IRequestHandler<GetOverviewQuery, Overview>
{
    public async Task<Overview> Handle(GetOverviewQuery request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var now = clock.GetUtcNow().UtcDateTime;
        var window = filter.Window(now);
        var blended = await ledger.SumAsync(filter, window, new UsageGrouping(First: "provider"), cancellationToken);
        var byProvider = blended.Rows;
        var total = UsageSums.Add(byProvider);
        var monthToDate = UsageSums.Add((await ledger.SumAsync(filter, (filter with { Range = AnalyticsFilter.MonthToDate }).Window(now),
            UsageGrouping.Total, cancellationToken)).Rows);
        var billed = filter.IsBilled;
        var latency = billed ? [] : (await rollups.LatencyAsync(filter, window, null, cancellationToken)).GetValueOrDefault("") ?? [];
        var users = billed ? null : (await rollups.SumUsersAsync(filter, window, new UsageGrouping(First: UsageGrouping.User), cancellationToken))
            .Where(u => u.First != "").ToList();

        return new Overview(
            window.From, window.To, NanoUsd.ToUsd(total.CostNanoUsd), NanoUsd.ToUsd(monthToDate.CostNanoUsd), total.Requests, billed ? null : total.Errors,
            billed ? null : Ratio.Of(total.Errors, total.Requests - blended.Unattributed.Requests), total.InputTokens, total.OutputTokens, total.CachedInputTokens,
            total.TotalTokens == 0 ? null : NanoUsd.ToUsd(total.CostNanoUsd) * 1000 / total.TotalTokens,
            Ratio.Of(total.OutputTokens, total.TotalTokens),
            total.Requests == 0 ? null : NanoUsd.ToUsd(total.CostNanoUsd) / total.Requests,
            Ratio.Of(total.LatencySumMs, total.LatencyCount), LatencyHistogram.Percentile(latency, 0.5), LatencyHistogram.Percentile(latency, 0.95),
            users?.Count, users is null or [] ? null : NanoUsd.ToUsd(users.Sum(u => u.CostNanoUsd)) / users.Count,
            users is null ? null : Ratio.Of(users.Sum(u => u.Requests), users.Count), total.UnpricedRequests,
            byProvider.OrderByDescending(p => p.CostNanoUsd).ThenBy(p => p.First, StringComparer.Ordinal)
                .Select(p => new ProviderShare(p.First, NanoUsd.ToUsd(p.CostNanoUsd), p.Requests, Ratio.Of(p.CostNanoUsd, total.CostNanoUsd))).ToList(),
            byProvider.Count == 0 ? null : Ratio.Of(byProvider.Max(p => p.CostNanoUsd), total.CostNanoUsd), blended.Note);
    }
}
