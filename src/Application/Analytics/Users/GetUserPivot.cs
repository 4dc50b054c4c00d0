using AIntops.Application.Pricing;
using FluentValidation;
using MediatR;

namespace AIntops.Application.Analytics.Users;

/// <param name="By">The pivot's columns: model (default), provider or team.</param>
public sealed record GetUserPivotQuery(AnalyticsFilter Filter, string? By = null) : IRequest<UserPivot>, IAnalyticsQuery
{
    public static readonly string[] Columns = ["model", "provider", "team"];
}

public sealed record PivotCell(string Column, decimal SpendUsd, long Requests);

/// <param name="UserId">Empty for calls sent without a userId ("unknown user").</param>
public sealed record PivotRow(string UserId, decimal SpendUsd, long Requests, IReadOnlyList<PivotCell> Cells);

/// <summary>Activity by user (rows, by spend) and by model, provider or team (columns), over whole UTC days.</summary>
public sealed record UserPivot(DateTime From, DateTime To, string By, IReadOnlyList<string> Columns, IReadOnlyList<PivotRow> Rows);

public sealed class GetUserPivotValidator : AbstractValidator<GetUserPivotQuery>
{
    public GetUserPivotValidator()
    {
        Include(new AnalyticsFilterRules<GetUserPivotQuery>());
        RuleFor(q => q.By).Must(b => b is null || GetUserPivotQuery.Columns.Contains(b))
            .WithMessage($"by must be one of: {string.Join(", ", GetUserPivotQuery.Columns)}.");
    }
}

public sealed class GetUserPivotHandler(UsageRollupReader rollups, TimeProvider clock) : IRequestHandler<GetUserPivotQuery, UserPivot>
{
    public async Task<UserPivot> Handle(GetUserPivotQuery request, CancellationToken cancellationToken)
    {
        var by = request.By ?? "model";
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var cells = await rollups.SumUsersAsync(request.Filter, days, new UsageGrouping(First: UsageGrouping.User, Second: by), cancellationToken);
        var columns = cells.GroupBy(c => c.Second).OrderByDescending(g => g.Sum(c => c.CostNanoUsd)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var rows = cells.GroupBy(c => c.First)
            .Select(g => new PivotRow(g.Key, NanoUsd.ToUsd(g.Sum(c => c.CostNanoUsd)), g.Sum(c => c.Requests),
                g.OrderBy(c => columns.IndexOf(c.Second)).Select(c => new PivotCell(c.Second, NanoUsd.ToUsd(c.CostNanoUsd), c.Requests)).ToList()))
            .OrderByDescending(r => r.SpendUsd).ThenBy(r => r.UserId, StringComparer.Ordinal).ToList();
        return new UserPivot(days.From, days.To, by, columns, rows);
    }
}
