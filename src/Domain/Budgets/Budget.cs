namespace AIntops.Domain.Budgets;

/// <summary>
/// A spending limit of an organization over a period, with warning and critical thresholds (each a percent of the
/// amount or an amount of its own), and the outcome of its last evaluation so ingest and status reads stay cheap.
/// </summary>
public sealed class Budget : IOrganizationScoped
{
    private Budget() { }

    public Budget(Guid organizationId, BudgetSettings settings, Guid createdByUserId, DateTime now)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
        Configure(settings, now);
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Name { get; private set; } = "";
    public BudgetPeriod Period { get; private set; }
    public BudgetScopeKind ScopeKind { get; private set; }
    /// <summary>The provider or team of a scoped budget; null for all providers.</summary>
    public string? ScopeValue { get; private set; }
    public long AmountNanoUsd { get; private set; }
    public BudgetThreshold Warning { get; private set; } = null!;
    public BudgetThreshold Critical { get; private set; } = null!;
    public bool HardStop { get; private set; }
    public BudgetSource Source { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Null until the first evaluation.</summary>
    public BudgetState? State { get; private set; }
    public long SpendNanoUsd { get; private set; }
    public long? ForecastNanoUsd { get; private set; }
    public DateTime? ProjectedBreachAt { get; private set; }
    public DateTime? PeriodStart { get; private set; }
    public DateTime? PeriodEnd { get; private set; }
    public DateTime? EvaluatedAt { get; private set; }
    /// <summary>Where the last evaluation read spend (ingest or billed; auto and both resolve to one of them).</summary>
    public BudgetSource? EvaluatedSource { get; private set; }
    /// <summary>When the budget last left the ok state; rolling budgets alert once per such episode.</summary>
    public DateTime? EpisodeStartedAt { get; private set; }

    public long WarningNanoUsd => Warning.NanoUsdOf(AmountNanoUsd);
    public long CriticalNanoUsd => Critical.NanoUsdOf(AmountNanoUsd);

    public void Configure(BudgetSettings settings, DateTime now)
    {
        if (settings.AmountNanoUsd <= 0) throw new ArgumentOutOfRangeException(nameof(settings), "A budget's amount must be positive.");
        if (settings.Warning.NanoUsdOf(settings.AmountNanoUsd) >= settings.Critical.NanoUsdOf(settings.AmountNanoUsd))
            throw new ArgumentException("The warning threshold must be below the critical threshold.", nameof(settings));
        if (settings.ScopeKind == BudgetScopeKind.Team && settings.Source is BudgetSource.Billed or BudgetSource.Both)
            throw new ArgumentException("Provider reports carry no teams: a team budget reads ingested spend.", nameof(settings));
        Name = settings.Name;
        Period = settings.Period;
        ScopeKind = settings.ScopeKind;
        ScopeValue = settings.ScopeKind == BudgetScopeKind.All ? null : settings.ScopeValue;
        AmountNanoUsd = settings.AmountNanoUsd;
        Warning = settings.Warning;
        Critical = settings.Critical;
        HardStop = settings.HardStop;
        Source = settings.Source;
        UpdatedAt = now;
    }

    public BudgetState StateOf(long spendNanoUsd) =>
        spendNanoUsd >= CriticalNanoUsd ? BudgetState.Critical : spendNanoUsd >= WarningNanoUsd ? BudgetState.Warning : BudgetState.Ok;

    /// <summary>Stores an evaluation; leaving ok starts an alert episode, returning to ok ends it.</summary>
    public void RecordEvaluation(BudgetEvaluation evaluation, DateTime now)
    {
        var state = StateOf(evaluation.SpendNanoUsd);
        if (state == BudgetState.Ok) EpisodeStartedAt = null;
        else if (State is null or BudgetState.Ok || EpisodeStartedAt is null) EpisodeStartedAt = now;
        State = state;
        SpendNanoUsd = evaluation.SpendNanoUsd;
        ForecastNanoUsd = evaluation.ForecastNanoUsd;
        ProjectedBreachAt = evaluation.ProjectedBreachAt;
        PeriodStart = evaluation.PeriodStart;
        PeriodEnd = evaluation.PeriodEnd;
        EvaluatedSource = evaluation.Source;
        EvaluatedAt = now;
    }

    /// <summary>Whether the budget counts spend of calls to <paramref name="provider"/> attributed to <paramref name="team"/>.</summary>
    public static bool Covers(BudgetScopeKind kind, string? value, string? provider, string? team) => kind switch
    {
        BudgetScopeKind.Provider => value == provider,
        BudgetScopeKind.Team => value == team,
        _ => true,
    };
}

/// <summary>What a budget owner or admin sets.</summary>
public sealed record BudgetSettings(
    string Name, BudgetPeriod Period, BudgetScopeKind ScopeKind, string? ScopeValue, long AmountNanoUsd, BudgetThreshold Warning,
    BudgetThreshold Critical, bool HardStop, BudgetSource Source);

/// <summary>A threshold as a percent of the budget's amount, or as an amount of its own (exactly one is set).</summary>
public sealed record BudgetThreshold(decimal? Percent, long? AmountNanoUsd)
{
    public long NanoUsdOf(long budgetNanoUsd) => AmountNanoUsd ?? (long)Math.Round(budgetNanoUsd * Percent!.Value / 100m);
}

/// <summary>One evaluation's figures: spend to date in the period and the burn-rate forecast.</summary>
public sealed record BudgetEvaluation(
    long SpendNanoUsd, long? ForecastNanoUsd, DateTime? ProjectedBreachAt, DateTime PeriodStart, DateTime PeriodEnd, BudgetSource Source);

public enum BudgetPeriod
{
    Monthly,
    Rolling30d,
}

public enum BudgetScopeKind
{
    All,
    Provider,
    Team,
}

/// <summary>Where spend is read: auto picks billed when a provider connection has synced, else ingest; both takes the larger.</summary>
public enum BudgetSource
{
    Auto,
    Ingest,
    Billed,
    Both,
}

public enum BudgetState
{
    Ok,
    Warning,
    Critical,
}

public static class BudgetLimits
{
    public const decimal MaxAmountUsd = 1_000_000_000m;
    public const decimal MaxThresholdPercent = 200m;
    /// <summary>A threshold given as an amount may be at most this many times the budget's amount.</summary>
    public const decimal MaxThresholdFactor = 2m;
    public const int ScopeValueMaxLength = 128;
}
