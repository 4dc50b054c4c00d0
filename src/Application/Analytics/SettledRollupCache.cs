using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Analytics;

/// <summary>
/// Keeps the rollup sums of settled days (days that ended more than <see cref="SettleAfter"/> ago), which change only
/// when a writer moves the organization's analytics generation on: late events, deletions, repricing, retention.
/// The generation lives in the database, so every API instance sees every change; a day still open is always
/// read live. Cached lists are shared between requests and never modified.
/// </summary>
public sealed class SettledRollupCache(SettledRollupStore cache, IAppDbContext db, TimeProvider clock)
{
    /// <summary>An event received before a day ended is committed well within this, so its day is not cached without it.</summary>
    public static readonly TimeSpan SettleAfter = TimeSpan.FromMinutes(15);

    private long? _generation;

    /// <summary>Tells every instance's cache that settled rollups of <paramref name="organizationId"/> changed; call it in the changing transaction.</summary>
    public static Task AdvanceAsync(IAppDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.Id == organizationId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.AnalyticsGeneration, x => x.AnalyticsGeneration + 1), cancellationToken);

    /// <summary>Sums over <paramref name="days"/> (whole days): the settled part from the cache, the rest read by <paramref name="sum"/>.</summary>
    public async Task<List<T>> SumDaysAsync<T>(object shape, AnalyticsWindow days, Func<AnalyticsWindow, Task<List<T>>> sum, CancellationToken cancellationToken)
    {
        if (days.IsEmpty) return [];
        var settledEnd = Math.Clamp(UsageRollups.StartOf((clock.GetUtcNow() - SettleAfter).ToUnixTimeMilliseconds(), UsageRollups.DayMs), days.FromMs, days.ToMs);
        var (settled, open) = (new AnalyticsWindow(days.FromMs, settledEnd), new AnalyticsWindow(settledEnd, days.ToMs));
        if (!cache.Enabled) return await sum(days);
        var rows = settled.IsEmpty ? [] : await SettledAsync((shape, settled), () => sum(settled), cancellationToken);
        return open.IsEmpty ? [.. rows] : [.. rows, .. await sum(open)];
    }

    private async Task<List<T>> SettledAsync<T>(object key, Func<Task<List<T>>> sum, CancellationToken cancellationToken)
    {
        var organizationId = db.CurrentOrganizationId ?? throw new InvalidOperationException("Analytics need an organization.");
        _generation ??= await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.AnalyticsGeneration).SingleAsync(cancellationToken);
        var entry = (organizationId, _generation.Value, key);
        if (cache.TryGetValue(entry, out List<T>? cached)) return cached!;
        var rows = await sum();
        cache.Set(entry, rows, new MemoryCacheEntryOptions { Size = rows.Count + 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return rows;
    }
}

/// <summary>The process-wide store behind <see cref="SettledRollupCache"/>, bounded by the number of cached rows.</summary>
public sealed class SettledRollupStore(IOptions<AnalyticsOptions> options)
    : MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SettledDayCacheRows) })
{
    public bool Enabled { get; } = options.Value.SettledDayCacheRows > 0;
}
