using AIntops.Application.Analytics;
using AIntops.Application.Analytics.ExploreUsage;
using AIntops.Application.Analytics.GetOverview;
using AIntops.Application.Analytics.GetUsageOverTime;
using AIntops.Application.Budgets;
using AIntops.Application.Budgets.ListBudgets;
using AIntops.Application.Recommendations.ListRecommendations;

namespace AIntops.Application.Reports.GetBoardPack;

/// <param name="From">Start of the range (UTC); rounded down to the hour, as the overview's custom range.</param>
/// <param name="To">End of the range (UTC, exclusive); rounded up to the hour.</param>
public sealed record GetBoardPackQuery(DateTime? From, DateTime? To) : IRequest<BoardPack>, IAnalyticsQuery
{
    public AnalyticsFilter Filter => WeeklyReportBuilder.Range(From, To);
}

/// <summary>A range's figures for the board: the overview, spend by day, spend by provider, model, team and feature, budgets and open recommendations.</summary>
/// <param name="Breakdowns">By provider, model, team and endpointTag (feature), largest spend first.</param>
public sealed record BoardPack(Overview Overview, UsageOverTime SpendOverTime, IReadOnlyList<BoardPackBreakdown> Breakdowns, IReadOnlyList<BudgetDto> Budgets,
    RecommendationList Recommendations);

/// <param name="Dimension">provider, model, team or endpointTag.</param>
public sealed record BoardPackBreakdown(string Dimension, IReadOnlyList<ExplorerRow> Rows);

public sealed class GetBoardPackValidator : AbstractValidator<GetBoardPackQuery>
{
    public GetBoardPackValidator() => Include(new AnalyticsFilterRules<GetBoardPackQuery>());
}

public sealed class GetBoardPackHandler(IMediator mediator) : IRequestHandler<GetBoardPackQuery, BoardPack>
{
    public async Task<BoardPack> Handle(GetBoardPackQuery request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var breakdowns = new List<BoardPackBreakdown>();
        foreach (var dimension in WeeklyReportBuilder.MoverDimensions)
            breakdowns.Add(new BoardPackBreakdown(dimension, (await mediator.Send(new ExploreUsageQuery(filter, dimension), cancellationToken)).Rows));
        return new BoardPack(
            await mediator.Send(new GetOverviewQuery(filter), cancellationToken),
            await mediator.Send(new GetUsageOverTimeQuery(filter), cancellationToken),
            breakdowns,
            await mediator.Send(new ListBudgetsQuery(), cancellationToken),
            await mediator.Send(new ListRecommendationsQuery(), cancellationToken));
    }
}
