namespace AIntops.Application.Budgets.ListBudgets;

public sealed record ListBudgetsQuery : IRequest<IReadOnlyList<BudgetDto>>;

public sealed class ListBudgetsHandler(IAppDbContext db) : IRequestHandler<ListBudgetsQuery, IReadOnlyList<BudgetDto>>
{
    public async Task<IReadOnlyList<BudgetDto>> Handle(ListBudgetsQuery request, CancellationToken cancellationToken) =>
        (await db.Budgets.AsNoTracking().OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(cancellationToken)).Select(BudgetDto.From).ToList();
}
