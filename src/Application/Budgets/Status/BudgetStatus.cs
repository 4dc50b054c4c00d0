using AIntops.Application.Pricing;
using AIntops.Domain.Budgets;

namespace AIntops.Application.Budgets.Status;

/// <summary>Which budgets apply to the calling application (query string).</summary>
/// <param name="Provider">The provider the application is about to call: its budgets apply besides those of all providers.</param>
/// <param name="Team">The team making the call; default: the team the API key is bound to.</param>
public sealed record BudgetStatusQuery(string? Provider, string? Team);

/// <param name="State">ok, warning or critical as of evaluatedAt; null before the first evaluation (or once its month is over).</param>
public sealed record BudgetStatusItem(
    Guid Id, string Name, string Period, BudgetScopeDto Scope, string? State, decimal SpendUsd, decimal AmountUsd, decimal PercentUsed, bool HardStop,
    DateTime? PeriodStart, DateTime? PeriodEnd, DateTime? EvaluatedAt);

/// <summary>Whether an application may make its LLM calls, and the budgets that apply to it.</summary>
/// <param name="Allowed">False while a hard-stop budget that applies is at its critical threshold.</param>
/// <param name="Budgets">Budgets of all providers, of the given provider and of the key's (or given) team.</param>
public sealed record BudgetStatusResponse(bool Allowed, IReadOnlyList<BudgetStatusItem> Budgets)
{
    public static BudgetStatusResponse Of(IReadOnlyList<BudgetSnapshot> budgets, string? provider, string? team, DateTime now)
    {
        var applicable = budgets.Where(b => Budget.Covers(b.ScopeKind, b.ScopeValue, provider, team)).ToList();
        return new BudgetStatusResponse(
            !applicable.Any(b => b.HardStop && b.StateAt(now) == BudgetState.Critical),
            applicable.Select(b => new BudgetStatusItem(b.Id, b.Name, BudgetNames.Name(b.Period), new BudgetScopeDto(BudgetNames.Name(b.ScopeKind), b.ScopeValue),
                b.StateAt(now) is { } state ? BudgetNames.Name(state) : null, NanoUsd.ToUsd(b.SpendNanoUsd), NanoUsd.ToUsd(b.AmountNanoUsd),
                BudgetDto.PercentOf(b.SpendNanoUsd, b.AmountNanoUsd), b.HardStop, b.PeriodStart, b.PeriodEnd, b.EvaluatedAt)).ToList());
    }
}
