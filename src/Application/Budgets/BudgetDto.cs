using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;
using AIntops.Application.Teams;
using AIntops.Domain.Budgets;

namespace AIntops.Application.Budgets;

/// <summary>A threshold: exactly one of percent (of the budget's amount) and amountUsd.</summary>
public sealed record BudgetThresholdDto(decimal? Percent = null, decimal? AmountUsd = null);

/// <param name="Kind">all, provider or team.</param>
/// <param name="Value">The provider (e.g. openai) or team; none for all.</param>
public sealed record BudgetScopeDto([OneOf(typeof(BudgetNames), nameof(BudgetNames.ScopeKinds))] string Kind, string? Value = null);

/// <summary>A budget, its settings and its last evaluation.</summary>
public sealed record BudgetDto
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }

    /// <summary>monthly (UTC calendar month) or rolling_30d (today and the 29 UTC days before it).</summary>
    public required string Period { get; init; }

    public required decimal AmountUsd { get; init; }
    public required BudgetThresholdDto Warning { get; init; }
    public required BudgetThresholdDto Critical { get; init; }
    public required decimal WarningThresholdUsd { get; init; }
    public required decimal CriticalThresholdUsd { get; init; }
    public required BudgetScopeDto Scope { get; init; }

    /// <summary>Of a team budget whose scope is a key of a defined team, the team's name (the budget covers all its keys).</summary>
    public string? TeamName { get; init; }
    public required bool HardStop { get; init; }

    /// <summary>As set: blended, telemetry, billed or both.</summary>
    public required string Source { get; init; }

    /// <summary>What the last evaluation read: blended, telemetry or billed (for both, the larger).</summary>
    public required string? EvaluatedSource { get; init; }

    /// <summary>ok, warning or critical; null until the first evaluation.</summary>
    public required string? State { get; init; }

    public required decimal SpendUsd { get; init; }

    /// <summary>Spend as a percent of the amount.</summary>
    public required decimal PercentUsed { get; init; }

    /// <summary>Projected spend at the period's end at the current burn rate (rolling_30d: the 30-day total it converges to).</summary>
    public required decimal? ForecastUsd { get; init; }

    /// <summary>When spend is projected to reach the critical threshold within the period; null if it is not, or already has.</summary>
    public required DateTime? ProjectedBreachAt { get; init; }

    public required DateTime? PeriodStart { get; init; }
    public required DateTime? PeriodEnd { get; init; }
    public required DateTime? EvaluatedAt { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    public static BudgetDto From(Budget b, TeamMap teams) => From(b) with
    {
        TeamName = b.ScopeKind == BudgetScopeKind.Team && b.ScopeValue is { } team ? teams.NameOf(team) : null,
    };

    public static BudgetDto From(Budget b) => new()
    {
        Id = b.Id,
        Name = b.Name,
        Period = BudgetNames.Name(b.Period),
        AmountUsd = NanoUsd.ToUsd(b.AmountNanoUsd),
        Warning = Threshold(b.Warning),
        Critical = Threshold(b.Critical),
        WarningThresholdUsd = NanoUsd.ToUsd(b.WarningNanoUsd),
        CriticalThresholdUsd = NanoUsd.ToUsd(b.CriticalNanoUsd),
        Scope = new BudgetScopeDto(BudgetNames.Name(b.ScopeKind), b.ScopeValue),
        HardStop = b.HardStop,
        Source = BudgetNames.Name(b.Source),
        EvaluatedSource = b.EvaluatedSource is { } source ? BudgetNames.Name(source) : null,
        State = b.State is { } state ? BudgetNames.Name(state) : null,
        SpendUsd = NanoUsd.ToUsd(b.SpendNanoUsd),
        PercentUsed = PercentOf(b.SpendNanoUsd, b.AmountNanoUsd),
        ForecastUsd = NanoUsd.ToUsd(b.ForecastNanoUsd),
        ProjectedBreachAt = b.ProjectedBreachAt,
        PeriodStart = b.PeriodStart,
        PeriodEnd = b.PeriodEnd,
        EvaluatedAt = b.EvaluatedAt,
        CreatedAt = b.CreatedAt,
        UpdatedAt = b.UpdatedAt,
    };

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
