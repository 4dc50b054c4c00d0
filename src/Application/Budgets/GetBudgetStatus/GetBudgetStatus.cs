using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Pricing;
using AIntops.Domain.Budgets;

namespace AIntops.Application.Budgets.GetBudgetStatus;

/// <summary>Which budgets apply to the calling application (query string).</summary>
/// <param name="Provider">The provider the application is about to call: its budgets apply besides those of all providers.</param>
/// <param name="Team">The team making the call; default: the team the API key is bound to.</param>
public sealed record GetBudgetStatusQuery(string? Provider, string? Team);

public sealed record BudgetStatusItem
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Period { get; init; }
    public required BudgetScopeDto Scope { get; init; }

    /// <summary>ok, warning or critical as of evaluatedAt; null before the first evaluation (or once its month is over).</summary>
    public required string? State { get; init; }

    public required decimal SpendUsd { get; init; }
    public required decimal AmountUsd { get; init; }
    public required decimal PercentUsed { get; init; }
    public required bool HardStop { get; init; }
    public required DateTime? PeriodStart { get; init; }
    public required DateTime? PeriodEnd { get; init; }
    public required DateTime? EvaluatedAt { get; init; }
}

/// <summary>Whether an application may make its LLM calls, and the budgets that apply to it.</summary>
/// <param name="Allowed">False while a hard-stop budget that applies is at its critical threshold.</param>
/// <param name="Budgets">Budgets of all providers, of the given provider and of the key's (or given) team.</param>
public sealed record BudgetStatusResponse(bool Allowed, IReadOnlyList<BudgetStatusItem> Budgets)
{
    public static BudgetStatusResponse Of(IReadOnlyList<BudgetSnapshot> budgets, string? provider, string? team, DateTime now)
    {
        var applicable = budgets.Where(b => b.Covers(provider, team)).ToList();
        return new BudgetStatusResponse(
            !applicable.Any(b => b.HardStop && b.StateAt(now) == BudgetState.Critical),
            applicable.Select(b => new BudgetStatusItem
            {
                Id = b.Id,
                Name = b.Name,
                Period = BudgetNames.Name(b.Period),
                Scope = new BudgetScopeDto(BudgetNames.Name(b.ScopeKind), b.ScopeValue),
                State = b.StateAt(now) is { } state ? BudgetNames.Name(state) : null,
                SpendUsd = NanoUsd.ToUsd(b.SpendNanoUsd),
                AmountUsd = NanoUsd.ToUsd(b.AmountNanoUsd),
                PercentUsed = BudgetDto.PercentOf(b.SpendNanoUsd, b.AmountNanoUsd),
                HardStop = b.HardStop,
                PeriodStart = b.PeriodStart,
                PeriodEnd = b.PeriodEnd,
                EvaluatedAt = b.EvaluatedAt,
            }).ToList());
    }
}
