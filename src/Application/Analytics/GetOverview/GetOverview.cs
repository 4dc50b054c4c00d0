using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics.GetOverview;

public sealed record GetOverviewQuery(AnalyticsFilter Filter) : IRequest<Overview>, IAnalyticsQuery;

public sealed record Overview
{
    public required DateTime From { get; init; }
    public required DateTime To { get; init; }

    /// <summary>Priced spend in the range; unpriced calls are counted in UnpricedRequests, never as $0.</summary>
    public required decimal SpendUsd { get; init; }

    /// <summary>This UTC month so far, with the same filters.</summary>
    public required decimal MonthToDateSpendUsd { get; init; }

    public required long Requests { get; init; }

    /// <summary>Null with source=billed, like latency and the user figures: provider reports do not carry them.</summary>
    public required long? Errors { get; init; }

    /// <summary>Errors of the calls telemetry attributes.</summary>
    public required double? ErrorRate { get; init; }

    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long CachedInputTokens { get; init; }

    /// <summary>Input + output tokens (input includes cached and cache-write tokens).</summary>
    public required long TotalTokens { get; init; }

    /// <summary>Blended: spend per 1,000 input and output tokens.</summary>
    public required decimal? CostPer1kTokensUsd { get; init; }

    /// <summary>Output tokens / (input + output tokens).</summary>
    public required double? TokenEfficiency { get; init; }

    /// <summary>Spend / requests, both from the same source (blended: the bill where it covers, telemetry elsewhere).</summary>
    public required decimal? AverageCostPerRequestUsd { get; init; }

    /// <summary>
    /// Mean latency of the calls telemetry reports one for; billing carries no latency, so with blended it covers the attributed
    /// calls only (SourceNote tells which part of the spend that is). Null with source=billed.
    /// </summary>
    public required double? AverageLatencyMs { get; init; }

    public required double? LatencyP50Ms { get; init; }
    public required double? LatencyP95Ms { get; init; }

    /// <summary>Distinct end users (userId) with calls in the whole UTC days covering the range.</summary>
    public required long? ActiveUsers { get; init; }

    public required decimal? AverageCostPerUserUsd { get; init; }
    public required double? AverageRequestsPerUser { get; init; }
    public required long UnpricedRequests { get; init; }
    public required IReadOnlyList<ProviderShare> Providers { get; init; }
    public required double? TopProviderShare { get; init; }

    /// <summary>Where the figures come from; latency and the user figures are always telemetry's.</summary>
    public required SourceNote SourceNote { get; init; }
}

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

        var spendUsd = NanoUsd.ToUsd(total.CostNanoUsd);
        return new Overview
        {
            From = window.From,
            To = window.To,
            SpendUsd = spendUsd,
            MonthToDateSpendUsd = NanoUsd.ToUsd(monthToDate.CostNanoUsd),
            Requests = total.Requests,
            Errors = billed ? null : total.Errors,
            ErrorRate = billed ? null : Ratio.Of(total.Errors, total.Requests - blended.Unattributed.Requests),
            InputTokens = total.InputTokens,
            OutputTokens = total.OutputTokens,
            CachedInputTokens = total.CachedInputTokens,
            TotalTokens = total.TotalTokens,
            CostPer1kTokensUsd = total.TotalTokens == 0 ? null : spendUsd * 1000 / total.TotalTokens,
            TokenEfficiency = Ratio.Of(total.OutputTokens, total.TotalTokens),
            AverageCostPerRequestUsd = total.Requests == 0 ? null : spendUsd / total.Requests,
            AverageLatencyMs = Ratio.Of(total.LatencySumMs, total.LatencyCount),
            LatencyP50Ms = LatencyHistogram.Percentile(latency, 0.5),
            LatencyP95Ms = LatencyHistogram.Percentile(latency, 0.95),
            ActiveUsers = users?.Count,
            AverageCostPerUserUsd = users is null or [] ? null : NanoUsd.ToUsd(users.Sum(u => u.CostNanoUsd)) / users.Count,
            AverageRequestsPerUser = users is null ? null : Ratio.Of(users.Sum(u => u.Requests), users.Count),
            UnpricedRequests = total.UnpricedRequests,
            Providers = byProvider.OrderByDescending(p => p.CostNanoUsd).ThenBy(p => p.First, StringComparer.Ordinal)
                .Select(p => new ProviderShare(p.First, NanoUsd.ToUsd(p.CostNanoUsd), p.Requests, Ratio.Of(p.CostNanoUsd, total.CostNanoUsd))).ToList(),
            TopProviderShare = byProvider.Count == 0 ? null : Ratio.Of(byProvider.Max(p => p.CostNanoUsd), total.CostNanoUsd),
            SourceNote = blended.Note,
        };
    }
}

public sealed class GetOverviewValidator : AbstractValidator<GetOverviewQuery>
{
    public GetOverviewValidator() => Include(new AnalyticsFilterRules<GetOverviewQuery>(billed: true));
}
