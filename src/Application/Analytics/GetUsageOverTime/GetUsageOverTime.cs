using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.GetUsageOverTime;

/// <param name="Interval">day (default) or week (weeks start on Monday, UTC).</param>
/// <param name="SplitBy">provider or model; none for one series.</param>
public sealed record GetUsageOverTimeQuery(
    AnalyticsFilter Filter,
    [OneOf(typeof(GetUsageOverTimeQuery), nameof(GetUsageOverTimeQuery.Intervals))] string? Interval = null,
    [OneOf(typeof(GetUsageOverTimeQuery), nameof(GetUsageOverTimeQuery.Splits))] string? SplitBy = null) : IRequest<UsageOverTime>, IAnalyticsQuery
{
    public static readonly string[] Intervals = [UsageGrouping.Day, UsageGrouping.Week];
    public static readonly string[] Splits = ["provider", "model"];
}

/// <summary>One series point: spend, calls and tokens of a period (and series, when split).</summary>
public sealed record UsagePoint(
    DateTime Period, string? Series, decimal SpendUsd, long Requests, long Errors, long UncachedInputTokens, long CachedInputTokens,
    long CacheWriteTokens, long OutputTokens, double? AverageLatencyMs);

/// <summary>Serves spend over time, token consumption and request volume: one query, the series the widgets draw.</summary>
public sealed record UsageOverTime(DateTime From, DateTime To, string Interval, IReadOnlyList<UsagePoint> Points, SourceNote SourceNote);

public sealed class GetUsageOverTimeValidator : AbstractValidator<GetUsageOverTimeQuery>
{
    public GetUsageOverTimeValidator()
    {
        Include(new AnalyticsFilterRules<GetUsageOverTimeQuery>(billed: true));
        RuleFor(q => q.Interval).OneOf(GetUsageOverTimeQuery.Intervals, "interval");
        RuleFor(q => q.SplitBy).OneOf(GetUsageOverTimeQuery.Splits, "splitBy");
    }
}

public sealed class GetUsageOverTimeHandler(LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetUsageOverTimeQuery, UsageOverTime>
{
    public async Task<UsageOverTime> Handle(GetUsageOverTimeQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var interval = request.Interval ?? UsageGrouping.Day;
        var (sums, note, _) = await ledger.SumAsync(request.Filter, window, new UsageGrouping(interval, request.SplitBy), cancellationToken);
        var points = sums.OrderBy(s => s.Period).ThenBy(s => s.First, StringComparer.Ordinal)
            .Select(s => new UsagePoint(
                DateTimeOffset.FromUnixTimeMilliseconds(s.Period).UtcDateTime, request.SplitBy is null ? null : s.First, NanoUsd.ToUsd(s.CostNanoUsd),
                s.Requests, s.Errors, s.InputTokens - s.CachedInputTokens - s.CacheWriteTokens, s.CachedInputTokens, s.CacheWriteTokens, s.OutputTokens,
                Ratio.Of(s.LatencySumMs, s.LatencyCount)))
            .ToList();
        return new UsageOverTime(window.From, window.To, interval, points, note);
    }
}
