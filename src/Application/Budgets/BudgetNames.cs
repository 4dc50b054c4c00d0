using AIntops.Domain.Budgets;

namespace AIntops.Application.Budgets;

/// <summary>The wire names of budget periods, scopes, sources and states.</summary>
public static class BudgetNames
{
    public static readonly IReadOnlyDictionary<string, BudgetPeriod> Periods = new Dictionary<string, BudgetPeriod>
    {
        ["monthly"] = BudgetPeriod.Monthly, ["rolling_30d"] = BudgetPeriod.Rolling30d,
    };

    public static readonly IReadOnlyDictionary<string, BudgetScopeKind> ScopeKinds = new Dictionary<string, BudgetScopeKind>
    {
        ["all"] = BudgetScopeKind.All, ["provider"] = BudgetScopeKind.Provider, ["team"] = BudgetScopeKind.Team,
    };

    /// <summary>The first name of each source is the one answered; auto and ingest are their earlier names, still accepted.</summary>
    public static readonly IReadOnlyDictionary<string, BudgetSource> Sources = new Dictionary<string, BudgetSource>
    {
        ["blended"] = BudgetSource.Auto, ["telemetry"] = BudgetSource.Ingest, ["billed"] = BudgetSource.Billed, ["both"] = BudgetSource.Both,
        ["auto"] = BudgetSource.Auto, ["ingest"] = BudgetSource.Ingest,
    };

    public static string Name(BudgetPeriod period) => Periods.Single(p => p.Value == period).Key;
    public static string Name(BudgetScopeKind kind) => ScopeKinds.Single(k => k.Value == kind).Key;
    public static string Name(BudgetSource source) => Sources.First(s => s.Value == source).Key;
    public static string Name(BudgetState state) => state.ToString().ToLowerInvariant();
}
