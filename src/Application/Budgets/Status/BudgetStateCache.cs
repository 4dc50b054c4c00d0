using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Budgets.Status;

/// <summary>A budget's last evaluated state, as ingest and the status endpoint read it.</summary>
public sealed record BudgetSnapshot(
    Guid Id, string Name, BudgetPeriod Period, BudgetScopeKind ScopeKind, string? ScopeValue, BudgetState? State, long SpendNanoUsd, long AmountNanoUsd,
    bool HardStop, DateTime? PeriodStart, DateTime? PeriodEnd, DateTime? EvaluatedAt)
{
    /// <summary>
    /// The stored state, or null once a monthly budget's evaluated month is over (until the next evaluation). A rolling
    /// window moves on by a day at midnight, so its state stands until it is evaluated again.
    /// </summary>
    public BudgetState? StateAt(DateTime now) => Period == BudgetPeriod.Monthly && PeriodEnd <= now ? null : State;
}

/// <param name="Warning">A budget covering the call is at its warning or critical threshold.</param>
/// <param name="Exceeded">A hard-stop budget covering the call is at its critical threshold.</param>
public readonly record struct BudgetFlags(bool Warning, bool Exceeded);

/// <summary>
/// Each organization's budget states, read at most once per <see cref="BudgetOptions.StateCacheTtl"/> per instance so the
/// ingest hot path never queries budgets per event. Evaluations and changes on this instance forget the entry at once;
/// other instances see them within the TTL.
/// </summary>
public sealed class BudgetStateCache(IServiceScopeFactory scopes, TimeProvider clock, IOptions<BudgetOptions> options)
{
    private const int MaxEntries = 100_000;
    private readonly RecentlyUsedCache<Guid, (Task<IReadOnlyList<BudgetSnapshot>> Budgets, DateTimeOffset ExpiresAt)> _entries = new(MaxEntries);

    public async Task<IReadOnlyList<BudgetSnapshot>> ForOrganizationAsync(Guid organizationId)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(organizationId, out var entry) && entry.ExpiresAt > now && !entry.Budgets.IsFaulted) return await entry.Budgets;
        // Concurrent callers share the load in flight; it is not tied to one request's cancellation.
        var load = _entries.AddOrUpdate(organizationId, _ => (LoadAsync(organizationId), now + options.Value.StateCacheTtl),
            (_, current) => current.ExpiresAt > now && !current.Budgets.IsFaulted ? current : (LoadAsync(organizationId), now + options.Value.StateCacheTtl));
        return await load.Budgets;
    }

    public void Forget(Guid organizationId) => _entries.Remove(organizationId);

    public BudgetFlags FlagsOf(IReadOnlyList<BudgetSnapshot> budgets, string? provider, string? team)
    {
        if (budgets.Count == 0) return default;
        var now = clock.GetUtcNow().UtcDateTime;
        var (warning, exceeded) = (false, false);
        foreach (var budget in budgets)
        {
            if (budget.StateAt(now) is not (BudgetState.Warning or BudgetState.Critical) || !Budget.Covers(budget.ScopeKind, budget.ScopeValue, provider, team))
                continue;
            warning = true;
            exceeded |= budget.HardStop && budget.State == BudgetState.Critical;
        }
        return new BudgetFlags(warning, exceeded);
    }

    private async Task<IReadOnlyList<BudgetSnapshot>> LoadAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        return await db.Budgets.AsNoTracking().OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .Select(b => new BudgetSnapshot(b.Id, b.Name, b.Period, b.ScopeKind, b.ScopeValue, b.State, b.SpendNanoUsd, b.AmountNanoUsd, b.HardStop,
                b.PeriodStart, b.PeriodEnd, b.EvaluatedAt))
            .ToListAsync();
    }
}
