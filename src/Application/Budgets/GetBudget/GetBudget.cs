using AIntops.Application.Teams;

namespace AIntops.Application.Budgets.GetBudget;

public sealed record GetBudgetQuery(Guid Id) : IRequest<BudgetDto>;

public sealed class GetBudgetHandler(IAppDbContext db, TeamDirectory teams) : IRequestHandler<GetBudgetQuery, BudgetDto>
{
    public async Task<BudgetDto> Handle(GetBudgetQuery request, CancellationToken cancellationToken) =>
        BudgetDto.From(await db.FindBudgetAsync(request.Id, cancellationToken), await teams.ForContextAsync(db, cancellationToken));
}
