using AIntops.Application.Analytics.ExploreUsage;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics.GetActorActivity;

/// <param name="Limit">How many API keys and how many users to list, by spend (default <see cref="DefaultLimit"/>).</param>
public sealed record GetActorActivityQuery(AnalyticsFilter Filter, int? Limit = null) : IRequest<ActorActivity>, IAnalyticsQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}

/// <summary>One API key's or one end user's calls in the range.</summary>
public sealed record ActorUsage
{
    /// <summary>The API key's id (the empty id for demo data, sent without a key), or the end-user id telemetry sent.</summary>
    public required string Id { get; init; }

    /// <summary>The API key's name ("Deleted key" once deleted); the user id for users.</summary>
    public required string Label { get; init; }

    public required long Calls { get; init; }

    /// <summary>As the usage explorer shows it grouped by API key or by user for the same filters.</summary>
    public required decimal SpendUsd { get; init; }

    /// <summary>The end of the latest hour with calls in the range (UTC): the hourly rollups are read, not the raw calls.</summary>
    public required DateTime? LastSeenAt { get; init; }
}

/// <summary>Usage per API key and per end user (identified users only), by spend. Users are counted over the whole UTC days covering the range.</summary>
/// <param name="TotalApiKeys">API keys with calls in the range, before the limit.</param>
/// <param name="TotalUsers">Identified users with calls in the range, before the limit.</param>
public sealed record ActorActivity(DateTime From, DateTime To, IReadOnlyList<ActorUsage> ApiKeys, int TotalApiKeys, IReadOnlyList<ActorUsage> Users,
    int TotalUsers, SourceNote SourceNote);

public sealed class GetActorActivityValidator : AbstractValidator<GetActorActivityQuery>
{
    public GetActorActivityValidator()
    {
        Include(new AnalyticsFilterRules<GetActorActivityQuery>());
        RuleFor(q => q.Limit).Limit(GetActorActivityQuery.MaxLimit);
    }
}

public sealed class GetActorActivityHandler(LedgerReader ledger, UsageRollupReader rollups, IAppDbContext db, TimeProvider clock)
    : IRequestHandler<GetActorActivityQuery, ActorActivity>
{
    private const string ApiKey = "apiKey";

    public async Task<ActorActivity> Handle(GetActorActivityQuery request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var window = filter.Window(clock.GetUtcNow().UtcDateTime);
        var days = window.CoveringDays;
        var (keySums, note, _) = await ledger.SumAsync(filter, window, new UsageGrouping(First: ApiKey), cancellationToken);
        var (userSums, _, _) = await ledger.SumUsersAsync(filter, days, new UsageGrouping(First: UsageGrouping.User), cancellationToken);
        var names = await db.ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id.ToString(), k => k.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var keys = List(keySums.Where(s => s.First != LedgerBlend.Unattributed), await rollups.LatestHoursAsync(filter, window, ApiKey, cancellationToken),
            key => Guid.TryParse(key, out var id) ? (id.ToString(), ExploreUsageHandler.Label(ApiKey, key, names)) : (key, key), request.Limit);
        var users = List(userSums.Where(s => s.First is not ("" or LedgerBlend.Unattributed)),
            await rollups.LatestHoursAsync(filter, days, UsageGrouping.User, cancellationToken), user => (user, user), request.Limit);
        return new ActorActivity(window.From, window.To, keys.Listed, keys.Total, users.Listed, users.Total, note);
    }

    private static (List<ActorUsage> Listed, int Total) List(IEnumerable<UsageSums> sums, Dictionary<string, long> latestHours, Func<string, (string Id, string Label)> name,
        int? limit)
    {
        var latest = new Dictionary<string, long>(latestHours, StringComparer.OrdinalIgnoreCase);
        var all = sums.Where(s => s.Requests > 0 || s.CostNanoUsd != 0).ToList();
        var listed = all.OrderByDescending(s => s.CostNanoUsd).ThenBy(s => s.First, StringComparer.Ordinal).Take(limit ?? GetActorActivityQuery.DefaultLimit)
            .Select(s => new ActorUsage
            {
                Id = name(s.First).Id,
                Label = name(s.First).Label,
                Calls = s.Requests,
                SpendUsd = NanoUsd.ToUsd(s.CostNanoUsd),
                LastSeenAt = latest.TryGetValue(s.First, out var hour) ? DateTimeOffset.FromUnixTimeMilliseconds(hour + UsageRollups.HourMs).UtcDateTime : null,
            }).ToList();
        return (listed, all.Count);
    }
}
