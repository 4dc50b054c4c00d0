using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.GetUserTimelines;

public sealed record GetUserTimelinesQuery(AnalyticsFilter Filter) : IRequest<UserTimelines>, IAnalyticsQuery;

/// <param name="ActiveUsers">Identified users with calls that day.</param>
public sealed record UserDay(DateTime Day, long ActiveUsers, decimal? AverageCostPerUserUsd, double? AverageRequestsPerUser);

/// <param name="SourceNote">Users are known to telemetry only.</param>
public sealed record UserTimelines(DateTime From, DateTime To, IReadOnlyList<UserDay> Days, SourceNote SourceNote);

public sealed class GetUserTimelinesValidator : AbstractValidator<GetUserTimelinesQuery>
{
    public GetUserTimelinesValidator() => Include(new AnalyticsFilterRules<GetUserTimelinesQuery>());
}

public sealed class GetUserTimelinesHandler(UsageRollupReader rollups, LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetUserTimelinesQuery, UserTimelines>
{
    public async Task<UserTimelines> Handle(GetUserTimelinesQuery request, CancellationToken cancellationToken)
    {
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var rows = await rollups.SumUserDaysAsync(request.Filter, days, cancellationToken);
        return new UserTimelines(days.From, days.To, rows.OrderBy(d => d.DayStartMs)
            .Select(d => new UserDay(DateTimeOffset.FromUnixTimeMilliseconds(d.DayStartMs).UtcDateTime, d.Users,
                NanoUsd.ToUsd(d.CostNanoUsd) / d.Users, Ratio.Of(d.Requests, d.Users)))
            .ToList(), await ledger.AttributedNoteAsync(request.Filter, cancellationToken));
    }
}
