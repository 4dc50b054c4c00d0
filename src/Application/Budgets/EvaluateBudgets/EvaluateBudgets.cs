using AIntops.Application.Budgets.Evaluation;

namespace AIntops.Application.Budgets.EvaluateBudgets;

/// <summary>Evaluates the caller's organization's budgets now, as the budget monitoring job does.</summary>
public sealed record EvaluateBudgetsCommand : IRequest<IReadOnlyList<BudgetDto>>;

public sealed class EvaluateBudgetsHandler(BudgetEvaluator evaluator) : IRequestHandler<EvaluateBudgetsCommand, IReadOnlyList<BudgetDto>>
{
    public async Task<IReadOnlyList<BudgetDto>> Handle(EvaluateBudgetsCommand request, CancellationToken cancellationToken) =>
        (await evaluator.EvaluateAllAsync(cancellationToken)).Select(BudgetDto.From).ToList();
}
