using System.Collections.Concurrent;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Ingest;

/// <summary>
/// Monthly request counters for plan limits, in memory and re-read from the database (which the
/// writer keeps exact) every <see cref="RefreshInterval"/>. With several instances each sees the
/// others' traffic within that interval, so a limit can be overshot by that much at most.
/// </summary>
public sealed class PlanLimiter(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, Counter> _counters = new();

    public static int MonthOf(DateTime utc) => utc.Year * 100 + utc.Month;

    /// <summary>How many of <paramref name="wanted"/> events still fit in the organization's plan this month.</summary>
    public async ValueTask<int> AllowanceAsync(Guid organizationId, int wanted, CancellationToken cancellationToken)
    {
        var counter = await CurrentAsync(organizationId, cancellationToken);
        if (counter.Limit is not { } limit) return wanted;
        return (int)Math.Clamp(limit - Interlocked.Read(ref counter.Used), 0, wanted);
    }

    public void RecordAccepted(Guid organizationId, int count)
    {
        if (_counters.TryGetValue(organizationId, out var counter)) Interlocked.Add(ref counter.Used, count);
    }

    /// <summary>Forgets cached state, e.g. after the organization's plan changed.</summary>
    public void Forget(Guid organizationId) => _counters.TryRemove(organizationId, out _);

    private async ValueTask<Counter> CurrentAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var month = MonthOf(now.UtcDateTime);
        if (_counters.TryGetValue(organizationId, out var counter) && counter.Month == month && now - counter.LoadedAt < RefreshInterval)
            return counter;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var plan = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Plan).FirstAsync(cancellationToken);
        var used = await db.PlanUsage.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == organizationId && p.Month == month).Select(p => p.Requests).FirstOrDefaultAsync(cancellationToken);
        counter = new Counter(month, PlanLimits.MonthlyRequests(plan), now) { Used = used };
        _counters[organizationId] = counter;
        return counter;
    }

    private sealed class Counter(int month, long? limit, DateTimeOffset loadedAt)
    {
        public long Used;
        public int Month { get; } = month;
        public long? Limit { get; } = limit;
        public DateTimeOffset LoadedAt { get; } = loadedAt;
    }
}
