using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Analytics.ExploreUsage;

/// <param name="GroupBy">provider, model, user, team, endpointTag, promptVersion, environment or apiKey.</param>
/// <param name="ThenBy">An optional second level (with user, only provider, model, team or environment).</param>
/// <param name="Sort">cost (default), requests or tokens.</param>
/// <param name="Order">desc (default) or asc.</param>
public sealed record ExploreUsageQuery(AnalyticsFilter Filter, string GroupBy, string? ThenBy = null, string? Sort = null, string? Order = null)
    : IRequest<UsageExplorer>, IAnalyticsQuery
{
    public static readonly string[] Sorts = ["cost", "requests", "tokens"];
    public static readonly string[] Orders = ["desc", "asc"];

    public static IEnumerable<string> Dimensions => UsageGrouping.Dimensions.Keys.Where(d => d != "status").Append(UsageGrouping.User);

    public static readonly string[] WithUser = ["provider", "model", "team", "environment"];
}

/// <param name="Key">The stored value; empty for the "No team" / "Unknown user" bucket.</param>
/// <param name="Label">What to show, e.g. "No team" for calls sent without one, or an API key's name.</param>
/// <param name="Share">Of the total spend of all rows.</param>
public sealed record ExplorerRow(
    string Key, string Label, string? SubKey, string? SubLabel, decimal SpendUsd, long Requests, long Errors, long InputTokens, long OutputTokens,
    long TotalTokens, long UnpricedRequests, double? Share);

/// <param name="DayGrained">True when per-user rollups were read: the window then covers whole UTC days.</param>
public sealed record UsageExplorer(DateTime From, DateTime To, string GroupBy, string? ThenBy, bool DayGrained, IReadOnlyList<ExplorerRow> Rows);

public sealed class ExploreUsageHandler(UsageRollupReader rollups, IAppDbContext db, TimeProvider clock) : IRequestHandler<ExploreUsageQuery, UsageExplorer>
{
    public async Task<UsageExplorer> Handle(ExploreUsageQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var grouping = new UsageGrouping(First: request.GroupBy, Second: request.ThenBy);
        var byUser = request.GroupBy == UsageGrouping.User || request.ThenBy == UsageGrouping.User;
        if (byUser) window = window.CoveringDays;
        var sums = byUser
            ? await rollups.SumUsersAsync(request.Filter, window, grouping, cancellationToken)
            : await rollups.SumAsync(request.Filter, window, grouping, cancellationToken);
        var keyNames = request.GroupBy == "apiKey" || request.ThenBy == "apiKey"
            ? await db.ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id.ToString(), k => k.Name, StringComparer.OrdinalIgnoreCase, cancellationToken)
            : [];
        var total = sums.Sum(s => s.CostNanoUsd);
        var rows = sums.Select(s => new ExplorerRow(
            s.First, Label(request.GroupBy, s.First, keyNames), request.ThenBy is null ? null : s.Second,
            request.ThenBy is null ? null : Label(request.ThenBy, s.Second, keyNames), NanoUsd.ToUsd(s.CostNanoUsd), s.Requests, s.Errors,
            s.InputTokens, s.OutputTokens, s.TotalTokens, s.UnpricedRequests, Ratio.Of(s.CostNanoUsd, total)));
        return new UsageExplorer(window.From, window.To, request.GroupBy, request.ThenBy, byUser, Sorted(rows, request.Sort, request.Order).ToList());
    }

    private static IEnumerable<ExplorerRow> Sorted(IEnumerable<ExplorerRow> rows, string? sort, string? order)
    {
        Func<ExplorerRow, decimal> by = sort switch { "requests" => r => r.Requests, "tokens" => r => r.TotalTokens, _ => r => r.SpendUsd };
        var sorted = order == "asc" ? rows.OrderBy(by) : rows.OrderByDescending(by);
        return sorted.ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.SubKey, StringComparer.Ordinal);
    }

    private static string Label(string dimension, string key, Dictionary<string, string> keyNames) => (dimension, key) switch
    {
        ("team", "") => "No team",
        ("user", "") => "Unknown user",
        ("endpointTag", "") => "No endpoint tag",
        ("promptVersion", "") => "No prompt version",
        ("apiKey", _) when Guid.TryParse(key, out var id) && id == Guid.Empty => "No API key (demo data)",
        ("apiKey", _) => keyNames.GetValueOrDefault(key) ?? "Deleted key",
        _ => key,
    };
}
