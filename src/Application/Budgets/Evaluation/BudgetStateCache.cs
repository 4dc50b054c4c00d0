using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Common.Caching;
using AIntops.Application.Teams;
using AIntops.Domain.Budgets;
using AIntops.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>A budget's last evaluated state, as ingest and the status endpoint read it.</summary>
/// <param name="TeamKeys">Of a team budget, every telemetry key of its team (its scope value alone when no team has it).</param>
public sealed record BudgetSnapshot(
    Guid Id, string Name, BudgetPeriod Period, BudgetScopeKind ScopeKind, string? ScopeValue, BudgetState? State, long SpendNanoUsd, long AmountNanoUsd,
    bool HardStop, DateTime? PeriodStart, DateTime? PeriodEnd, DateTime? EvaluatedAt, IReadOnlyList<string> TeamKeys)
{
    /// <summary>Whether the budget counts calls to <paramref name="provider"/> attributed to <paramref name="team"/> (any key of a team budget's team).</summary>
    public bool Covers(string? provider, string? team) =>
        ScopeKind == BudgetScopeKind.Team ? team is not null && TeamKeys.Contains(team) : Budget.Covers(ScopeKind, ScopeValue, provider, team);

    /// <summary>
    /// The stored state, or null once a monthly budget's evaluated month is over (until the next evaluation). A rolling
    /// window moves on by a day at midnight, so its state stands until it is evaluated again.
    /// </summary>
    public BudgetState? StateAt(DateTime now) => Period == BudgetPeriod.Monthly && PeriodEnd <= now ? null : State;
}

/// <param name="Warning">A budget covering the call is at its warning or critical threshold.</param>
/// <param name="Exceeded">A hard-stop budget covering the call is at its critical threshold.</param>
/// <param name="Critical">A budget covering the call is at its critical threshold.</param>
/// <param name="ResumesAt">When exceeded: the latest period end of the exceeded budgets, when the calls they stop may go again.</param>
public readonly record struct BudgetFlags(bool Warning, bool Exceeded, bool Critical = false, DateTime? ResumesAt = null);

/// <summary>
/// Each organization's budget states, read at most once per <see cref="BudgetOptions.StateCacheTtl"/> per instance so the
/// ingest hot path never queries budgets per event. Saving a budget (an evaluation, a change) forgets the entry on this
/// instance at once, and so does saving a team's keys, which team budgets cover; other instances see it within the TTL.
/// </summary>
public sealed class BudgetStateCache(IServiceScopeFactory scopes, TimeProvider clock, IOptions<BudgetOptions> options, CacheInvalidation invalidation,
    TeamDirectory teams)
{
    private const int MaxEntries = 100_000;
    private readonly LoadingCache<Guid, IReadOnlyList<BudgetSnapshot>> _budgets =
        new LoadingCache<Guid, IReadOnlyList<BudgetSnapshot>>(MaxEntries, options.Value.StateCacheTtl, clock)
            .ForgetOnSaveOf<Budget>(invalidation, budget => budget.OrganizationId)
            .ForgetOnSaveOf<TeamKey>(invalidation, key => key.OrganizationId);

    public async Task<IReadOnlyList<BudgetSnapshot>> ForOrganizationAsync(Guid organizationId) => await _budgets.GetAsync(organizationId, LoadAsync);

    public BudgetFlags FlagsOf(IReadOnlyList<BudgetSnapshot> budgets, string? provider, string? team)
    {
        if (budgets.Count == 0) return default;
        var now = clock.GetUtcNow().UtcDateTime;
        var flags = new BudgetFlags(false, false);
        foreach (var budget in budgets)
        {
            if (budget.StateAt(now) is not (BudgetState.Warning or BudgetState.Critical) || !budget.Covers(provider, team))
                continue;
            var critical = budget.State == BudgetState.Critical;
            flags = critical && budget.HardStop
                ? flags with { Warning = true, Critical = true, Exceeded = true, ResumesAt = Later(flags.ResumesAt, budget.PeriodEnd) }
                : flags with { Warning = true, Critical = flags.Critical || critical };
        }
        return flags;
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null || b > a ? b : a;

    private async Task<IReadOnlyList<BudgetSnapshot>> LoadAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        var budgets = await db.Budgets.AsNoTracking().OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync();
        var map = budgets.Any(b => b.ScopeKind == BudgetScopeKind.Team) ? await teams.ForOrganizationAsync(organizationId) : TeamMap.Empty;
        return [.. budgets.Select(b => new BudgetSnapshot(b.Id, b.Name, b.Period, b.ScopeKind, b.ScopeValue, b.State, b.SpendNanoUsd, b.AmountNanoUsd,
            b.HardStop, b.PeriodStart, b.PeriodEnd, b.EvaluatedAt, b.ScopeValue is { } value ? map.KeysOf(value) : []))];
    }
}
