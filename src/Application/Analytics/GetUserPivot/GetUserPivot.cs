using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.GetUserPivot;

/// <param name="By">The pivot's columns: model (default), provider or team.</param>
/// <param name="Limit">How many users to list, by spend (default <see cref="DefaultLimit"/>); the others are summed in <see cref="UserPivot.Rest"/>.</param>
public sealed record GetUserPivotQuery(
    AnalyticsFilter Filter,
    [OneOf(typeof(GetUserPivotQuery), nameof(GetUserPivotQuery.Columns))] string? By = null,
    int? Limit = null) : IRequest<UserPivot>, IAnalyticsQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 5000;
    public static readonly string[] Columns = ["model", "provider", "team"];
}

public sealed record PivotCell(string Column, decimal SpendUsd, long Requests);

/// <param name="UserId">Empty for calls sent without a userId ("unknown user"); "(unattributed)" for billing beyond telemetry.</param>
public sealed record PivotRow(string UserId, decimal SpendUsd, long Requests, IReadOnlyList<PivotCell> Cells);

/// <summary>The users left out by the limit, summed, with their cells.</summary>
public sealed record PivotRest(int Users, decimal SpendUsd, long Requests, IReadOnlyList<PivotCell> Cells);

/// <summary>Activity by user (rows, by spend) and by model, provider or team (columns), over whole UTC days.</summary>
/// <param name="TotalUsers">Users before the limit (the unknown-user bucket counts as one).</param>
/// <param name="Rest">The users past the limit, summed; null when every user is listed.</param>
/// <param name="ColumnLabels">What to show for each column, in the same order (a defined team's name, "No team").</param>
public sealed record UserPivot(DateTime From, DateTime To, string By, IReadOnlyList<string> Columns, IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<PivotRow> Rows, int TotalUsers, PivotRest? Rest, SourceNote SourceNote);

public sealed class GetUserPivotValidator : AbstractValidator<GetUserPivotQuery>
{
    public GetUserPivotValidator()
    {
        Include(new AnalyticsFilterRules<GetUserPivotQuery>());
        RuleFor(q => q.By).OneOf(GetUserPivotQuery.Columns, "by");
        RuleFor(q => q.Limit).Limit(GetUserPivotQuery.MaxLimit);
    }
}

public sealed class GetUserPivotHandler(LedgerReader ledger, UsageRollupReader rollups, TimeProvider clock) : IRequestHandler<GetUserPivotQuery, UserPivot>
{
    public async Task<UserPivot> Handle(GetUserPivotQuery request, CancellationToken cancellationToken)
    {
        var by = request.By ?? "model";
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var (cells, note, _) = await ledger.SumUsersAsync(request.Filter, days, new UsageGrouping(First: UsageGrouping.User, Second: by), cancellationToken);
        var columns = cells.GroupBy(c => c.Second).OrderByDescending(g => g.Sum(c => c.CostNanoUsd)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var order = columns.Select((column, index) => (column, index)).ToDictionary(c => c.column, c => c.index, StringComparer.Ordinal);
        var users = cells.GroupBy(c => c.First).Select(g => (User: g.Key, Cost: g.Sum(c => c.CostNanoUsd), Cells: g.ToList()))
            .OrderByDescending(u => u.Cost).ThenBy(u => u.User, StringComparer.Ordinal).ToList();
        var shown = Math.Min(users.Count, request.Limit ?? GetUserPivotQuery.DefaultLimit);
        var rows = users.Take(shown).Select(u => new PivotRow(u.User, NanoUsd.ToUsd(u.Cost), u.Cells.Sum(c => c.Requests), Cells(u.Cells))).ToList();
        var rest = users.Skip(shown).SelectMany(u => u.Cells).ToList();
        var teams = await rollups.TeamsAsync(cancellationToken);
        var labels = columns.Select(c => by != "team" ? c : c == "" ? "No team" : teams.NameOf(c) ?? c).ToList();
        return new UserPivot(days.From, days.To, by, columns, labels, rows, users.Count, shown == users.Count ? null
            : new PivotRest(users.Count - shown, NanoUsd.ToUsd(rest.Sum(c => c.CostNanoUsd)), rest.Sum(c => c.Requests), Cells(rest)), note);

        List<PivotCell> Cells(IEnumerable<UsageSums> of) => of.GroupBy(c => c.Second).OrderBy(g => order[g.Key])
            .Select(g => new PivotCell(g.Key, NanoUsd.ToUsd(g.Sum(c => c.CostNanoUsd)), g.Sum(c => c.Requests))).ToList();
    }
}
