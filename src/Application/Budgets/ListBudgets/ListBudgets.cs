using AIntops.Application.Teams;

namespace AIntops.Application.Budgets.ListBudgets;

public sealed record ListBudgetsQuery : IRequest<IReadOnlyList<BudgetDto>>;

public sealed class ListBudgetsHandler(IAppDbContext db, TeamDirectory teams) : IRequestHandler<ListBudgetsQuery, IReadOnlyList<BudgetDto>>
{
    public async Task<IReadOnlyList<BudgetDto>> Handle(ListBudgetsQuery request, CancellationToken cancellationToken)
    {
        var map = await teams.ForContextAsync(db, cancellationToken);
        return (await db.Budgets.AsNoTracking().OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(cancellationToken))
            .Select(b => BudgetDto.From(b, map)).ToList();
    }
}
