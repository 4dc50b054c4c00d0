using System.Text.Json;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Analytics;

/// <summary>
/// Keeps the rollup sums of settled days (days that ended more than <see cref="SettleAfter"/> ago), and for hourly
/// rollups those of today's settled hours, which change only when a writer moves the organization's analytics
/// generation on: late events, deletions, repricing, retention (today's hours also when the late-hour generation
/// moves). The generations live in the database, so every API instance sees every change; a day (or hour) still
/// open is always read live. Sums grouped by hour keep their settled hours the same way, extended as further hours settle.
/// Cached lists are shared between requests and never modified.
/// Settled days' sums (and, merged with them, today's settled hours) are also kept in <see cref="ISettledSumsArchive"/>, one entry per
/// query shape and window length: after a restart they are read back instead of summed; when the window has moved on by a few days
/// since, the kept days are slid to it (the days it dropped subtracted, the days it added summed), and kept hours of today are extended
/// by the hours settled since, so a view's first call reads a day or two of rollups, not its whole window.
/// </summary>
public sealed class SettledRollupCache(SettledRollupStore cache, ISettledSumsArchive archive, IAppDbContext db, TimeProvider clock)
{
    /// <summary>An event received before a day ended is committed well within this, so its day is not cached without it.</summary>
    public static readonly TimeSpan SettleAfter = TimeSpan.FromMinutes(15);

    private (long Days, long Hours)? _generations;

    /// <summary>Tells every instance's cache that settled rollups of <paramref name="organizationId"/> changed; call it in the changing transaction.</summary>
    public static Task AdvanceAsync(IAppDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.Id == organizationId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.AnalyticsGeneration, x => x.AnalyticsGeneration + 1), cancellationToken);

    /// <summary>
    /// Sums over <paramref name="days"/> (whole days): settled days from the cache, and the rest read by <paramref name="sum"/>.
    /// When <paramref name="sum"/> reads an hourly rollup, <paramref name="mergeHours"/> is given: today's settled hours are then
    /// merged with the settled days (by key, so each group appears once) and that merge is cached too, until the next hour settles.
    /// </summary>
    public async Task<List<T>> SumDaysAsync<T>(object shape, AnalyticsWindow days, Func<AnalyticsWindow, Task<List<T>>> sum, CancellationToken cancellationToken,
        Func<List<T>, List<T>>? mergeHours = null) where T : ISettledSums<T>
    {
        if (days.IsEmpty) return [];
        if (!cache.Enabled) return await sum(days);
        var settledMs = (clock.GetUtcNow() - SettleAfter).ToUnixTimeMilliseconds();
        var daysEnd = Math.Clamp(UsageRollups.StartOf(settledMs, UsageRollups.DayMs), days.FromMs, days.ToMs);
        var hoursEnd = mergeHours is null ? daysEnd : Math.Clamp(UsageRollups.StartOf(settledMs, UsageRollups.HourMs), daysEnd, days.ToMs);
        var (settledDays, settledHours) = (new AnalyticsWindow(days.FromMs, daysEnd), new AnalyticsWindow(daysEnd, hoursEnd));
        var rows = settledHours.IsEmpty ? await SettledDaysAsync() : await SettledAsync((shape, days.FromMs, settledHours), true,
            () => KeptTodayAsync(shape, days.FromMs, settledHours, SettledDaysAsync, sum, mergeHours!, cancellationToken), cancellationToken);
        return hoursEnd < days.ToMs ? [.. rows, .. await sum(new AnalyticsWindow(hoursEnd, days.ToMs))] : [.. rows];

        async Task<List<T>> SettledDaysAsync() => settledDays.IsEmpty ? []
            : await SettledAsync((shape, settledDays), false, () => KeptAsync(shape, settledDays, sum, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The settled days and today's settled <paramref name="hours"/>, merged: from the archive's entry for today when it is of both generations
    /// (extended by the hours settled since it was kept), else the settled days' sums merged with the hours'. What is not read as it is goes
    /// back into the archive, so that after a restart neither the window nor today's hours are summed again.
    /// </summary>
    private async Task<List<T>> KeptTodayAsync<T>(object shape, long fromMs, AnalyticsWindow hours, Func<Task<List<T>>> settledDays,
        Func<AnalyticsWindow, Task<List<T>>> sum, Func<List<T>, List<T>> merge, CancellationToken cancellationToken) where T : ISettledSums<T>
    {
        if (!cache.Archived) return merge([.. await settledDays(), .. await sum(hours)]);
        var organizationId = db.CurrentOrganizationId!.Value;
        var (generation, hourGeneration) = _generations!.Value;
        var name = JsonSerializer.Serialize(new { shape, Days = (hours.FromMs - fromMs) / UsageRollups.DayMs, Today = true }, ShapeJson);
        var kept = await archive.ReadAsync<T>(organizationId, name, cancellationToken);
        List<T> rows;
        if (kept is not null && (kept.Generation, kept.HourGeneration, kept.FromMs) == (generation, hourGeneration, fromMs) && hours.FromMs < kept.ToMs
            && kept.ToMs <= hours.ToMs)
        {
            if (kept.ToMs == hours.ToMs) return kept.Rows;
            rows = merge([.. kept.Rows, .. await sum(new AnalyticsWindow(kept.ToMs, hours.ToMs))]);
        }
        else rows = merge([.. await settledDays(), .. await sum(hours)]);
        archive.Keep(organizationId, new ArchivedSums<T>(name, generation, fromMs, hours.ToMs, rows, hourGeneration));
        return rows;
    }

    /// <summary>
    /// Sums of the settled <paramref name="days"/> from the archive: its entry for this shape and window length as it is, or slid here when it
    /// is a little older; else summed. What is not read as it is goes back into the archive.
    /// </summary>
    private async Task<List<T>> KeptAsync<T>(object shape, AnalyticsWindow days, Func<AnalyticsWindow, Task<List<T>>> sum, CancellationToken cancellationToken)
        where T : ISettledSums<T>
    {
        if (!cache.Archived) return await sum(days);
        var organizationId = db.CurrentOrganizationId!.Value;
        var generation = _generations!.Value.Days;
        var name = JsonSerializer.Serialize(new { shape, Days = (days.ToMs - days.FromMs) / UsageRollups.DayMs }, ShapeJson);
        var kept = await archive.ReadAsync<T>(organizationId, name, cancellationToken);
        if (kept is not null && kept.Generation == generation && kept.FromMs == days.FromMs && kept.ToMs == days.ToMs) return kept.Rows;
        var rows = kept is not null && kept.Generation == generation && kept.FromMs < days.FromMs && days.FromMs < kept.ToMs
            ? T.Sum([.. kept.Rows, .. (await sum(new AnalyticsWindow(kept.FromMs, days.FromMs))).Select(r => r.Negated()),
                .. await sum(new AnalyticsWindow(kept.ToMs, days.ToMs))])
            : await sum(days);
        archive.Keep(organizationId, new ArchivedSums<T>(name, generation, days.FromMs, days.ToMs, rows));
        return rows;
    }

    /// <summary>
    /// Sums over <paramref name="window"/> read by <paramref name="sum"/> from an hourly rollup, grouped by hour: the settled hours from
    /// the cache (extended by the hours settled since they were cached), the hours still open read live. Grouped by hour, rows of
    /// separate hours never share a key, so the parts are simply put together.
    /// </summary>
    public async Task<List<T>> SumHoursAsync<T>(object shape, AnalyticsWindow window, Func<AnalyticsWindow, Task<List<T>>> sum, CancellationToken cancellationToken)
    {
        if (window.IsEmpty) return [];
        if (!cache.Enabled) return await sum(window);
        var settledMs = (clock.GetUtcNow() - SettleAfter).ToUnixTimeMilliseconds();
        var settledEnd = Math.Clamp(UsageRollups.StartOf(settledMs, UsageRollups.HourMs), window.FromMs, window.ToMs);
        List<T> rows = [];
        if (settledEnd > window.FromMs)
        {
            var entry = await EntryAsync(("hours", shape, window.FromMs), true, cancellationToken);
            var kept = cache.TryGetValue(entry, out SettledHours<T>? cached) && cached!.ToMs <= settledEnd ? cached : null;
            rows = kept?.ToMs == settledEnd ? kept.Rows : [.. kept?.Rows ?? [], .. await sum(new AnalyticsWindow(kept?.ToMs ?? window.FromMs, settledEnd))];
            if (kept?.ToMs != settledEnd)
                cache.Set(entry, new SettledHours<T>(settledEnd, rows), new MemoryCacheEntryOptions { Size = rows.Count + 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }
        return settledEnd < window.ToMs ? [.. rows, .. await sum(new AnalyticsWindow(settledEnd, window.ToMs))] : [.. rows];
    }

    /// <summary>The settled hours of a window up to <paramref name="ToMs"/>.</summary>
    private sealed record SettledHours<T>(long ToMs, List<T> Rows);

    private static readonly JsonSerializerOptions ShapeJson = new() { IncludeFields = true };

    private async Task<List<T>> SettledAsync<T>(object key, bool ofToday, Func<Task<List<T>>> sum, CancellationToken cancellationToken)
    {
        var entry = await EntryAsync(key, ofToday, cancellationToken);
        if (cache.TryGetValue(entry, out List<T>? cached)) return cached!;
        var rows = await sum();
        cache.Set(entry, rows, new MemoryCacheEntryOptions { Size = rows.Count + 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return rows;
    }

    /// <summary>The cache's key for <paramref name="key"/> in this organization at its current generations (of today's hours too, when <paramref name="ofToday"/>).</summary>
    private async Task<object> EntryAsync(object key, bool ofToday, CancellationToken cancellationToken)
    {
        var organizationId = db.CurrentOrganizationId ?? throw new InvalidOperationException("Analytics need an organization.");
        _generations ??= await db.Organizations.Where(o => o.Id == organizationId)
            .Select(o => new ValueTuple<long, long>(o.AnalyticsGeneration, o.LateHourGeneration)).SingleAsync(cancellationToken);
        return (organizationId, _generations.Value.Days, ofToday ? _generations.Value.Hours : 0, key);
    }
}

/// <summary>The process-wide store behind <see cref="SettledRollupCache"/>, bounded by the number of cached rows.</summary>
public sealed class SettledRollupStore(IOptions<AnalyticsOptions> options)
    : MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SettledDayCacheRows) })
{
    public bool Enabled { get; } = options.Value.SettledDayCacheRows > 0;

    /// <summary>Whether settled days' sums are also kept across restarts (<see cref="ISettledSumsArchive"/>).</summary>
    public bool Archived { get; } = options.Value.KeepSettledSums;
}
