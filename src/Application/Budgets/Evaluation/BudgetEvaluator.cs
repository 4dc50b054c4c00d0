using AIntops.Application.Alerts.Raising;
using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Domain.Budgets;
using AIntops.Domain.Ingest;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>
/// Evaluates budgets of the current organization: real spend to date from the blended ledger (or one of its sources),
/// the burn-rate forecast, the stored state, and an alert the first time a level is reached in a period
/// (monthly: the calendar month; rolling_30d: an episode that lasts until the budget is back to ok).
/// </summary>
public sealed class BudgetEvaluator(IAppDbContext db, LedgerReader ledger, AlertRaiser alerts, TimeProvider clock)
{
    public async Task<List<Budget>> EvaluateAllAsync(CancellationToken cancellationToken)
    {
        var budgets = await db.Budgets.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        foreach (var budget in budgets) await EvaluateAsync(budget, cancellationToken);
        return budgets;
    }

    public async Task EvaluateAsync(Budget budget, CancellationToken cancellationToken)
    {
        await MeasureAsync(budget, cancellationToken);
        if (budget.State is BudgetState.Warning or BudgetState.Critical) await RaiseAsync(budget, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records spend to date, state and forecast on <paramref name="budget"/>, without saving or alerting (a preview measures an unsaved budget).</summary>
    public async Task MeasureAsync(Budget budget, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (start, end) = BurnRateForecast.PeriodOf(budget.Period, now);
        BudgetEvaluation? chosen = null;
        foreach (var source in SourcesOf(budget))
        {
            var (spend, forecast, breachAt) = BurnRateForecast.Project(budget.Period, now, await DailySpendAsync(budget, source, now, cancellationToken),
                budget.CriticalNanoUsd);
            if (chosen is null || spend > chosen.SpendNanoUsd) chosen = new BudgetEvaluation(spend, forecast, breachAt, start, end, source);
        }
        budget.RecordEvaluation(chosen!, now);
    }

    /// <summary>auto reads the blended ledger, the figures the dashboards show.</summary>
    private static BudgetSource[] SourcesOf(Budget budget) => budget.Source switch
    {
        BudgetSource.Both => [BudgetSource.Ingest, BudgetSource.Billed],
        var source => [source],
    };

    private async Task<Dictionary<DateTime, long>> DailySpendAsync(Budget budget, BudgetSource source, DateTime now, CancellationToken cancellationToken)
    {
        var (from, to) = BurnRateForecast.DaysToRead(budget.Period, now);
        var filter = new AnalyticsFilter(DataMode: DataModes.Real, Source: source switch
            {
                BudgetSource.Billed => AnalyticsFilter.Billed,
                BudgetSource.Ingest => AnalyticsFilter.Telemetry,
                _ => AnalyticsFilter.Blended,
            },
            Provider: budget.ScopeKind == BudgetScopeKind.Provider ? budget.ScopeValue : null, Team: budget.ScopeKind == BudgetScopeKind.Team ? budget.ScopeValue : null);
        var window = new AnalyticsWindow(new DateTimeOffset(from).ToUnixTimeMilliseconds(), new DateTimeOffset(to).ToUnixTimeMilliseconds());
        var days = (await ledger.SumAsync(filter, window, new UsageGrouping(UsageGrouping.Day), cancellationToken)).Rows;
        return days.ToDictionary(d => DateTimeOffset.FromUnixTimeMilliseconds(d.Period).UtcDateTime, d => d.CostNanoUsd);
    }

    private Task RaiseAsync(Budget budget, CancellationToken cancellationToken)
    {
        var critical = budget.State == BudgetState.Critical;
        var level = critical ? "critical" : "warning";
        var period = budget.Period == BudgetPeriod.Monthly ? $"{budget.PeriodStart:yyyyMMdd}" : $"{budget.EpisodeStartedAt:yyyyMMddHHmmss}";
        var title = critical
            ? $"Budget {budget.Name} reached its critical threshold{(budget.HardStop ? " (hard stop)" : "")}"
            : $"Budget {budget.Name} passed its warning threshold";
        var breach = budget.ProjectedBreachAt is { } at ? $" At the current burn rate it reaches the critical threshold on {at:yyyy-MM-dd HH:mm} UTC." : "";
        var message = $"Spend is {Usd(budget.SpendNanoUsd)} of {Usd(budget.AmountNanoUsd)} ({BudgetDto.PercentOf(budget.SpendNanoUsd, budget.AmountNanoUsd)}%), " +
            $"{level} threshold {Usd(critical ? budget.CriticalNanoUsd : budget.WarningNanoUsd)}. Forecast: {Usd(budget.ForecastNanoUsd ?? 0)}.{breach}" +
            (critical && budget.HardStop ? " Ingest answers budgetExceeded=true and the budget status endpoint answers allowed=false." : "");
        return alerts.RaiseAsync(new NewAlert(budget.OrganizationId, critical ? AlertTypes.BudgetCritical : AlertTypes.BudgetWarning,
            critical ? AlertSeverity.Critical : AlertSeverity.Warning, title, message, $"budget:{budget.Id:N}:{period}:{level}", new AlertLinks(BudgetId: budget.Id)),
            cancellationToken);
    }

    private static string Usd(long nanoUsd) => $"${NanoUsd.ToUsd(nanoUsd):0.00}";
}
