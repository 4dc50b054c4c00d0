using AIntops.Application.Common.Caching;
using AIntops.Application.Plans;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Ingest;

/// <summary>
/// Monthly request counters for plan limits, in memory and re-read from the database (which the
/// writer keeps exact) every <see cref="RefreshInterval"/>. With several instances each sees the
/// others' traffic within that interval, so a limit can be overshot by that much at most.
/// Saving the organization (a plan change) forgets its counter on this instance at once.
/// </summary>
public sealed class PlanLimiter(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation, PlanCatalog plans)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);
    private const int MaxOrganizations = 100_000;
    private readonly LoadingCache<Guid, Counter> _counters =
        new LoadingCache<Guid, Counter>(MaxOrganizations, RefreshInterval, clock).ForgetOnSaveOf<Organization>(invalidation, organization => organization.Id);

    public static int MonthOf(DateTime utc) => utc.Year * 100 + utc.Month;

    /// <summary>How many of <paramref name="wanted"/> events still fit in the organization's plan this month.</summary>
    public async ValueTask<int> AllowanceAsync(Guid organizationId, int wanted, CancellationToken cancellationToken)
    {
        var counter = await CounterAsync(organizationId, cancellationToken);
        if (counter.Limit is not { } limit) return wanted;
        return (int)Math.Clamp(limit - Interlocked.Read(ref counter.Used), 0, wanted);
    }

    /// <summary>The organization's plan, the requests it used this month as the limit counts them, and its limit (null = unlimited).</summary>
    public async ValueTask<(Plan Plan, long Used, long? Limit)> UsageAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var counter = await CounterAsync(organizationId, cancellationToken);
        return (counter.Plan, Interlocked.Read(ref counter.Used), counter.Limit);
    }

    private async ValueTask<Counter> CounterAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var counter = await _counters.GetAsync(organizationId, LoadAsync, cancellationToken);
        if (counter.Month == MonthOf(clock.GetUtcNow().UtcDateTime)) return counter;
        _counters.Forget(organizationId);
        return await _counters.GetAsync(organizationId, LoadAsync, cancellationToken);
    }

    public void RecordAccepted(Guid organizationId, int count)
    {
        if (_counters.TryGetCached(organizationId, out var counter)) Interlocked.Add(ref counter.Used, count);
    }

    private async Task<Counter> LoadAsync(Guid organizationId)
    {
        var month = MonthOf(clock.GetUtcNow().UtcDateTime);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var plan = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Plan).FirstAsync();
        var used = await db.PlanUsage.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == organizationId && p.Month == month).Select(p => p.Requests).FirstOrDefaultAsync();
        return new Counter(month, plan, plans.For(plan).MonthlyRequests) { Used = used };
    }

    private sealed class Counter(int month, Plan plan, long? limit)
    {
        public long Used;
        public int Month { get; } = month;
        public Plan Plan { get; } = plan;
        public long? Limit { get; } = limit;
    }
}
