namespace AIntops.Application.Budgets.DeleteBudget;

/// <summary>Removes a budget; the alerts it raised stay in the inbox.</summary>
public sealed record DeleteBudgetCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteBudgetHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<DeleteBudgetCommand, Unit>
{
    public async Task<Unit> Handle(DeleteBudgetCommand request, CancellationToken cancellationToken)
    {
        var budget = await db.FindBudgetAsync(request.Id, cancellationToken);
        db.Budgets.Remove(budget);
        db.Record(budget.OrganizationId, ActivityTypes.BudgetDeleted, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: BudgetNames.Name(budget.Period), detail: budget.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
