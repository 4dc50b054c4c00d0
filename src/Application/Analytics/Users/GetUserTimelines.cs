using AIntops.Application.Pricing;
using FluentValidation;
using MediatR;

namespace AIntops.Application.Analytics.Users;

public sealed record GetUserTimelinesQuery(AnalyticsFilter Filter) : IRequest<UserTimelines>, IAnalyticsQuery;

/// <param name="ActiveUsers">Identified users with calls that day.</param>
public sealed record UserDay(DateTime Day, long ActiveUsers, decimal? AverageCostPerUserUsd, double? AverageRequestsPerUser);

public sealed record UserTimelines(DateTime From, DateTime To, IReadOnlyList<UserDay> Days);

public sealed class GetUserTimelinesValidator : AbstractValidator<GetUserTimelinesQuery>
{
    public GetUserTimelinesValidator() => Include(new AnalyticsFilterRules<GetUserTimelinesQuery>());
}

public sealed class GetUserTimelinesHandler(UsageRollupReader rollups, TimeProvider clock) : IRequestHandler<GetUserTimelinesQuery, UserTimelines>
{
    public async Task<UserTimelines> Handle(GetUserTimelinesQuery request, CancellationToken cancellationToken)
    {
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var rows = await rollups.SumUsersAsync(request.Filter, days, new UsageGrouping(UsageGrouping.Day, UsageGrouping.User), cancellationToken);
        return new UserTimelines(days.From, days.To, rows.Where(r => r.First != "").GroupBy(r => r.Period).OrderBy(g => g.Key)
            .Select(g => new UserDay(DateTimeOffset.FromUnixTimeMilliseconds(g.Key).UtcDateTime, g.Count(),
                NanoUsd.ToUsd(g.Sum(u => u.CostNanoUsd)) / g.Count(), Ratio.Of(g.Sum(u => u.Requests), g.Count())))
            .ToList());
    }
}
