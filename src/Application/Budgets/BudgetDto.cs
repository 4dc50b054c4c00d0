using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;
using AIntops.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Budgets;

/// <summary>A threshold: exactly one of percent (of the budget's amount) and amountUsd.</summary>
public sealed record BudgetThresholdDto(decimal? Percent = null, decimal? AmountUsd = null);

/// <param name="Kind">all, provider or team.</param>
/// <param name="Value">The provider (e.g. openai) or team; none for all.</param>
public sealed record BudgetScopeDto([OneOf(typeof(BudgetNames), nameof(BudgetNames.ScopeKinds))] string Kind, string? Value = null);

/// <summary>A budget, its settings and its last evaluation.</summary>
/// <param name="Period">monthly (UTC calendar month) or rolling_30d (today and the 29 UTC days before it).</param>
/// <param name="Source">As set: blended, telemetry, billed or both.</param>
/// <param name="EvaluatedSource">What the last evaluation read: blended, telemetry or billed (for both, the larger).</param>
/// <param name="State">ok, warning or critical; null until the first evaluation.</param>
/// <param name="PercentUsed">Spend as a percent of the amount.</param>
/// <param name="ForecastUsd">Projected spend at the period's end at the current burn rate (rolling_30d: the 30-day total it converges to).</param>
/// <param name="ProjectedBreachAt">When spend is projected to reach the critical threshold within the period; null if it is not, or already has.</param>
public sealed record BudgetDto(
    Guid Id, string Name, string Period, decimal AmountUsd, BudgetThresholdDto Warning, BudgetThresholdDto Critical, decimal WarningThresholdUsd,
    decimal CriticalThresholdUsd, BudgetScopeDto Scope, bool HardStop, string Source, string? EvaluatedSource, string? State, decimal SpendUsd,
    decimal PercentUsed, decimal? ForecastUsd, DateTime? ProjectedBreachAt, DateTime? PeriodStart, DateTime? PeriodEnd, DateTime? EvaluatedAt,
    DateTime CreatedAt, DateTime UpdatedAt)
{
    public static BudgetDto From(Budget b) => new(
        b.Id, b.Name, BudgetNames.Name(b.Period), NanoUsd.ToUsd(b.AmountNanoUsd), Threshold(b.Warning), Threshold(b.Critical),
        NanoUsd.ToUsd(b.WarningNanoUsd), NanoUsd.ToUsd(b.CriticalNanoUsd), new BudgetScopeDto(BudgetNames.Name(b.ScopeKind), b.ScopeValue), b.HardStop,
        BudgetNames.Name(b.Source), b.EvaluatedSource is { } source ? BudgetNames.Name(source) : null, b.State is { } state ? BudgetNames.Name(state) : null,
        NanoUsd.ToUsd(b.SpendNanoUsd), PercentOf(b.SpendNanoUsd, b.AmountNanoUsd), NanoUsd.ToUsd(b.ForecastNanoUsd),
        b.ProjectedBreachAt, b.PeriodStart, b.PeriodEnd, b.EvaluatedAt, b.CreatedAt, b.UpdatedAt);

    public static decimal PercentOf(long spendNanoUsd, long amountNanoUsd) => Math.Round(100m * spendNanoUsd / amountNanoUsd, 2);

    private static BudgetThresholdDto Threshold(BudgetThreshold t) =>
        new(t.Percent, t.AmountNanoUsd is { } amount ? NanoUsd.ToUsd(amount) : null);
}

public static class BudgetLookup
{
    public static async Task<Budget> FindBudgetAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Budgets.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new NotFoundException("No budget with that id in this organization.");
}
