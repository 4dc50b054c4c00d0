using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.GetTopUsers;

public sealed record GetTopUsersQuery(AnalyticsFilter Filter) : IRequest<TopUsers>, IAnalyticsQuery
{
    public const int Top = 10;
}

public sealed record UserUsage(string UserId, decimal SpendUsd, long Requests, long InputTokens, long OutputTokens);

/// <summary>The ten users with the highest spend and the ten with the most calls (identified users only), over whole UTC days.</summary>
/// <param name="ActiveUsers">Identified users with calls in those days.</param>
/// <param name="AverageCostPerUserUsd">Their spend / their number, from the same rows as the lists; null without active users.</param>
/// <param name="AverageRequestsPerUser">Their calls / their number.</param>
public sealed record TopUsers(DateTime From, DateTime To, IReadOnlyList<UserUsage> ByCost, IReadOnlyList<UserUsage> ByRequests, long ActiveUsers,
    decimal? AverageCostPerUserUsd, double? AverageRequestsPerUser, SourceNote SourceNote);

public sealed class GetTopUsersValidator : AbstractValidator<GetTopUsersQuery>
{
    public GetTopUsersValidator() => Include(new AnalyticsFilterRules<GetTopUsersQuery>());
}

public sealed class GetTopUsersHandler(LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetTopUsersQuery, TopUsers>
{
    public async Task<TopUsers> Handle(GetTopUsersQuery request, CancellationToken cancellationToken)
    {
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var (sums, note, _) = await ledger.SumUsersAsync(request.Filter, days, new UsageGrouping(First: UsageGrouping.User), cancellationToken);
        var users = sums.Where(u => u.First is not ("" or LedgerBlend.Unattributed)).ToList();
        UserUsage Of(UsageSums u) => new(u.First, NanoUsd.ToUsd(u.CostNanoUsd), u.Requests, u.InputTokens, u.OutputTokens);
        return new TopUsers(days.From, days.To,
            users.OrderByDescending(u => u.CostNanoUsd).ThenBy(u => u.First, StringComparer.Ordinal).Take(GetTopUsersQuery.Top).Select(Of).ToList(),
            users.OrderByDescending(u => u.Requests).ThenBy(u => u.First, StringComparer.Ordinal).Take(GetTopUsersQuery.Top).Select(Of).ToList(),
            users.Count, users.Count == 0 ? null : NanoUsd.ToUsd(users.Sum(u => u.CostNanoUsd)) / users.Count, Ratio.Of(users.Sum(u => u.Requests), users.Count),
            note with { AttributedOnly = true });
    }
}
