using AIntops.Application.Analytics;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Pricing.RecalculateCosts;

/// <summary>
/// Walks the events of a window in (DataMode, TimestampMs, Id) order, the order of their index, one transaction per chunk: reprices each
/// event and moves the usage rollups (hourly, daily, per user) by exactly the change of the events it updated.
/// An event's cost is written only where the cost read is still stored (it is a concurrency token); when
/// a concurrent change or delete got there first, the chunk is rolled back and read again.
/// </summary>
internal sealed class WindowRepricer(IAppDbContext db, IRollupWriter rollups, DimensionDirectory dimensions, Guid organizationId, OrganizationPriceList prices,
    long fromMs, long toMs)
{
    private const int MaxAttempts = 3;

    /// <summary>Where the next chunk starts: a data mode (index of <see cref="DataModes.All"/>), and after which event of it.</summary>
    private (int Mode, (long TimestampMs, Guid Id)? After) _position;

    public sealed record Result(int Scanned, int Changed, long CostDeltaNanoUsd);

    /// <summary>Reprices the next (up to) <paramref name="size"/> events; fewer than that means the window is done.</summary>
    public async Task<Result> RepriceNextChunkAsync(int size, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var written = new List<LlmEvent>();
            try
            {
                return await RepriceAsync(size, written, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
            }
            finally
            {
                foreach (var e in written) db.LlmEvents.Entry(e).State = EntityState.Detached;
            }
        }
    }

    private async Task<Result> RepriceAsync(int size, List<LlmEvent> written, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var (events, next) = await ReadAsync(size, cancellationToken);
        if (events.Count == 0) return new Result(0, 0, 0);
        var models = await dimensions.ValuesAsync(events.Select(e => e.ModelRef), cancellationToken);

        var updated = new List<(LlmEvent Event, PricedCost Cost)>();
        foreach (var e in events)
        {
            var cost = prices.PriceEvent(models[e.ModelRef], DateTimeOffset.FromUnixTimeMilliseconds(e.TimestampMs).UtcDateTime,
                new TokenUsage(e.InputTokens, e.OutputTokens, e.CachedInputTokens, e.CacheWriteTokens, e.TotalTokens));
            if ((cost.CostNanoUsd, cost.PriceKnown) != (e.CostNanoUsd, e.PriceKnown)) updated.Add((e, cost));
        }
        var delta = updated.Sum(u => u.Cost.CostNanoUsd - u.Event.CostNanoUsd);
        written.AddRange(updated.Select(u => WriteCost(u.Event, u.Cost)));
        await db.SaveChangesAsync(cancellationToken);
        await CorrectRollupsAsync(updated, cancellationToken);
        if (updated.Count > 0) await SettledRollupCache.AdvanceAsync(db, organizationId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _position = next;
        return new Result(events.Count, updated.Count, delta);
    }

    private async Task<(List<LlmEvent> Events, (int, (long, Guid)?) Next)> ReadAsync(int size, CancellationToken cancellationToken)
    {
        var events = new List<LlmEvent>();
        var (mode, after) = _position;
        while (mode < DataModes.All.Count && events.Count < size)
        {
            var dataMode = DataModes.All[mode];
            var query = db.LlmEvents.AsNoTracking().Where(e => e.DataMode == dataMode && e.TimestampMs >= fromMs && e.TimestampMs < toMs);
            if (after is var (timestampMs, id))
                query = query.Where(e => e.TimestampMs > timestampMs || (e.TimestampMs == timestampMs && e.Id.CompareTo(id) > 0));
            var wanted = size - events.Count;
            var read = await query.OrderBy(e => e.TimestampMs).ThenBy(e => e.Id).Take(wanted).ToListAsync(cancellationToken);
            events.AddRange(read);
            if (read.Count < wanted) (mode, after) = (mode + 1, null);
            else after = (read[^1].TimestampMs, read[^1].Id);
        }
        return (events, (mode, after));
    }

    /// <summary>Tracks an update of just the cost, conditional on the cost read (saved in batches, not one round trip per event).</summary>
    private LlmEvent WriteCost(LlmEvent read, PricedCost cost)
    {
        var stored = new LlmEvent { Id = read.Id, OrganizationRef = read.OrganizationRef, CostNanoUsd = read.CostNanoUsd, PriceKnown = read.PriceKnown };
        db.LlmEvents.Attach(stored);
        (stored.CostNanoUsd, stored.PriceKnown) = (cost.CostNanoUsd, cost.PriceKnown);
        return stored;
    }

    /// <summary>
    /// Applies each updated event's new cost to its read copy and moves every rollup by the difference of what the events
    /// contribute before and after (repricing changes no dimension, so both hold the same keys in the same order).
    /// </summary>
    private async Task CorrectRollupsAsync(List<(LlmEvent Event, PricedCost Cost)> updated, CancellationToken cancellationToken)
    {
        var events = updated.Select(u => u.Event).ToList();
        var before = RollupTables.All.Select(table => table.RowsOf(events).ToList()).ToList();
        foreach (var (e, cost) in updated) (e.CostNanoUsd, e.PriceKnown) = (cost.CostNanoUsd, cost.PriceKnown);
        foreach (var (table, rowsBefore) in RollupTables.All.Zip(before))
            await rollups.AddAsync(table, rowsBefore.Zip(table.RowsOf(events), (b, a) => Delta(table.Keys.Length, b, a)).OfType<object?[]>().ToList(),
                cancellationToken);
    }

    /// <summary>The keys of <paramref name="after"/> with each counter's change, or null when none changed.</summary>
    private static object?[]? Delta(int keys, object?[] before, object?[] after)
    {
        var delta = (object?[])after.Clone();
        var changed = false;
        for (var i = keys; i < after.Length; i++)
        {
            var change = (long)after[i]! - (long)before[i]!;
            delta[i] = change;
            changed |= change != 0;
        }
        return changed ? delta : null;
    }
}
