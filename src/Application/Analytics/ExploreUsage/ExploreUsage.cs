using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;
using AIntops.Application.Teams;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics.ExploreUsage;

/// <param name="GroupBy">provider, model, user, team, endpointTag, promptVersion, environment, apiKey, cacheOutcome (cache_read, cache_write, uncached) or workflow (the metadata's workflow, else the endpoint tag).</param>
/// <param name="ThenBy">An optional second level (with user, only provider, model, team or environment).</param>
/// <param name="Sort">cost (default), requests or tokens.</param>
/// <param name="Order">desc (default) or asc.</param>
/// <param name="Limit">How many rows to return, in sort order (default <see cref="DefaultLimit"/>); the rest are summed in <see cref="UsageExplorer.Rest"/>.</param>
public sealed record ExploreUsageQuery(
    AnalyticsFilter Filter,
    [OneOf(typeof(ExploreUsageQuery), nameof(ExploreUsageQuery.Dimensions))] string GroupBy,
    [OneOf(typeof(ExploreUsageQuery), nameof(ExploreUsageQuery.Dimensions))] string? ThenBy = null,
    [OneOf(typeof(ExploreUsageQuery), nameof(ExploreUsageQuery.Sorts))] string? Sort = null,
    [OneOf(typeof(ExploreUsageQuery), nameof(ExploreUsageQuery.Orders))] string? Order = null,
    int? Limit = null)
    : IRequest<UsageExplorer>, IAnalyticsQuery
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;
    public static readonly string[] Sorts = ["cost", "requests", "tokens"];
    public static readonly string[] Orders = ["desc", "asc"];

    public static IEnumerable<string> Dimensions => UsageGrouping.Dimensions.Keys.Where(d => d != "status").Append(UsageGrouping.User);

    public static readonly string[] WithUser = ["provider", "model", "team", "environment"];
}

public sealed record ExplorerRow
{
    /// <summary>The stored value (for a defined team, its primary key); empty for the "No team" / "Unknown user" bucket.</summary>
    public required string Key { get; init; }

    /// <summary>What to show, e.g. "No team" for calls sent without one, a defined team's name, or an API key's name.</summary>
    public required string Label { get; init; }

    public required string? SubKey { get; init; }
    public required string? SubLabel { get; init; }
    public required decimal SpendUsd { get; init; }
    public required long Requests { get; init; }
    public required long Errors { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long TotalTokens { get; init; }
    public required long UnpricedRequests { get; init; }

    /// <summary>Of the total spend of all rows.</summary>
    public required double? Share { get; init; }
}

/// <summary>The rows left out by the limit, summed.</summary>
public sealed record ExplorerRest
{
    public required int Rows { get; init; }
    public required decimal SpendUsd { get; init; }
    public required long Requests { get; init; }
    public required long Errors { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long TotalTokens { get; init; }
    public required long UnpricedRequests { get; init; }
    public required double? Share { get; init; }
}

/// <param name="DayGrained">True when per-user rollups were read: the window then covers whole UTC days.</param>
/// <param name="TotalRows">Rows before the limit.</param>
/// <param name="Rest">The rows past the limit, summed; null when every row is listed.</param>
public sealed record UsageExplorer(DateTime From, DateTime To, string GroupBy, string? ThenBy, bool DayGrained, IReadOnlyList<ExplorerRow> Rows,
    int TotalRows, ExplorerRest? Rest, SourceNote SourceNote);

public sealed class ExploreUsageHandler(LedgerReader ledger, UsageRollupReader rollups, IAppDbContext db, TimeProvider clock) : IRequestHandler<ExploreUsageQuery, UsageExplorer>
{
    public async Task<UsageExplorer> Handle(ExploreUsageQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var grouping = new UsageGrouping(First: request.GroupBy, Second: request.ThenBy);
        var byUser = request.GroupBy == UsageGrouping.User || request.ThenBy == UsageGrouping.User;
        if (byUser) window = window.CoveringDays;
        var (sums, note, _) = byUser
            ? await ledger.SumUsersAsync(request.Filter, window, grouping, cancellationToken)
            : await ledger.SumAsync(request.Filter, window, grouping, cancellationToken);
        var keyNames = request.GroupBy == "apiKey" || request.ThenBy == "apiKey"
            ? await db.ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id.ToString(), k => k.Name, StringComparer.OrdinalIgnoreCase, cancellationToken)
            : [];
        var teams = await rollups.TeamsAsync(cancellationToken);
        var total = sums.Sum(s => s.CostNanoUsd);
        var listed = Sorted(sums, request.Sort, request.Order).Take(request.Limit ?? ExploreUsageQuery.DefaultLimit).ToList();
        var rows = listed.Select(s => new ExplorerRow
        {
            Key = s.First,
            Label = Label(request.GroupBy, s.First, keyNames, teams),
            SubKey = request.ThenBy is null ? null : s.Second,
            SubLabel = request.ThenBy is null ? null : Label(request.ThenBy, s.Second, keyNames, teams),
            SpendUsd = NanoUsd.ToUsd(s.CostNanoUsd),
            Requests = s.Requests,
            Errors = s.Errors,
            InputTokens = s.InputTokens,
            OutputTokens = s.OutputTokens,
            TotalTokens = s.TotalTokens,
            UnpricedRequests = s.UnpricedRequests,
            Share = Ratio.Of(s.CostNanoUsd, total),
        }).ToList();
        var rest = sums.Count > listed.Count ? UsageSums.Add(sums.Except<UsageSums>(listed, ReferenceEqualityComparer.Instance)) : null;
        return new UsageExplorer(window.From, window.To, request.GroupBy, request.ThenBy, byUser, rows, sums.Count, rest is null ? null
            : new ExplorerRest
            {
                Rows = sums.Count - listed.Count,
                SpendUsd = NanoUsd.ToUsd(rest.CostNanoUsd),
                Requests = rest.Requests,
                Errors = rest.Errors,
                InputTokens = rest.InputTokens,
                OutputTokens = rest.OutputTokens,
                TotalTokens = rest.TotalTokens,
                UnpricedRequests = rest.UnpricedRequests,
                Share = Ratio.Of(rest.CostNanoUsd, total),
            }, note);
    }

    private static IEnumerable<UsageSums> Sorted(IEnumerable<UsageSums> sums, string? sort, string? order)
    {
        Func<UsageSums, long> by = sort switch { "requests" => s => s.Requests, "tokens" => s => s.TotalTokens, _ => s => s.CostNanoUsd };
        var sorted = order == "asc" ? sums.OrderBy(by) : sums.OrderByDescending(by);
        return sorted.ThenBy(s => s.First, StringComparer.Ordinal).ThenBy(s => s.Second, StringComparer.Ordinal);
    }

    /// <summary>What a row of <paramref name="dimension"/> shows for <paramref name="key"/>; a defined team by its name.</summary>
    internal static string Label(string dimension, string key, Dictionary<string, string> keyNames, TeamMap? teams = null) => (dimension, key) switch
    {
        (_, LedgerBlend.Unattributed) => "Unattributed",
        ("team", "") => "No team",
        ("team", _) => teams?.NameOf(key) ?? key,
        ("user", "") => "Unknown user",
        ("endpointTag", "") => "No endpoint tag",
        ("promptVersion", "") => "No prompt version",
        (UsageGrouping.Workflow, "") => "No workflow",
        ("cacheOutcome", CacheOutcomes.CacheRead) => "Cached read",
        ("cacheOutcome", CacheOutcomes.CacheWrite) => "Cache write",
        ("cacheOutcome", CacheOutcomes.Uncached) => "Uncached",
        ("cacheOutcome", CacheOutcomes.NotRecorded) => "Not recorded",
        ("apiKey", _) when Guid.TryParse(key, out var id) && id == Guid.Empty => "No API key (demo data)",
        ("apiKey", _) => keyNames.GetValueOrDefault(key) ?? "Deleted key",
        _ => key,
    };
}

public sealed class ExploreUsageValidator : AbstractValidator<ExploreUsageQuery>
{
    public ExploreUsageValidator()
    {
        Include(new AnalyticsFilterRules<ExploreUsageQuery>(billed: true));
        var billed = $"With source=billed, groupBy and thenBy can be {string.Join(" or ", BilledUsageReader.Dimensions)} (provider reports carry no other dimension).";
        RuleFor(q => q.GroupBy).Must(BilledUsageReader.Dimensions.Contains).When(q => q.Filter.IsBilled).WithMessage(billed);
        RuleFor(q => q.ThenBy).Must(t => t is null || BilledUsageReader.Dimensions.Contains(t)).When(q => q.Filter.IsBilled).WithMessage(billed);
        RuleFor(q => q.GroupBy).OneOf(ExploreUsageQuery.Dimensions, "groupBy");
        RuleFor(q => q.ThenBy).OneOf(ExploreUsageQuery.Dimensions, "thenBy");
        RuleFor(q => q.ThenBy).Must((q, t) => t != q.GroupBy).When(q => q.ThenBy is not null).WithMessage("thenBy must differ from groupBy.");
        RuleFor(q => q).Must(q => q.ThenBy is null || (q.GroupBy != "user" && q.ThenBy != "user")
                || ExploreUsageQuery.WithUser.Contains(q.GroupBy == "user" ? q.ThenBy : q.GroupBy))
            .OverridePropertyName("thenBy")
            .WithMessage($"With user, the other level must be one of: {string.Join(", ", ExploreUsageQuery.WithUser)}.");
        RuleFor(q => q.Sort).OneOf(ExploreUsageQuery.Sorts, "sort");
        RuleFor(q => q.Limit).Limit(ExploreUsageQuery.MaxLimit);
        RuleFor(q => q.Order).OneOf(ExploreUsageQuery.Orders, "order");
    }
}
