using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using AIntops.Domain.Providers;
using Microsoft.Extensions.Caching.Memory;

namespace AIntops.Application.Analytics;

/// <summary>What billing holds: parts keyed by provider, period start (hour or day) and catalog model (in First), and the providers that report request counts.</summary>
public sealed record BilledParts(List<UsageSums> Parts, IReadOnlySet<string> ProvidersWithRequests);

/// <summary>
/// Sums provider-reported usage in the shape of the ingest rollups: spend from the cost reports (UTC days), tokens and
/// requests from the usage reports (hours). Provider reports carry provider and model only, so those are the only
/// dimensions; models are grouped by the catalog model they resolve to, as in reconciliation. Where hours are asked
/// for (an hourly grouping, or a window that cuts a day), a day's cost is spread over its hours in proportion to the
/// model's billed tokens in each hour, evenly when the day has no usage rows for the model.
/// </summary>
public sealed class BilledUsageReader(IAppDbContext db, PriceCatalog catalog, SettledRollupStore cache)
{
    public static readonly string[] Dimensions = ["provider", "model"];

    /// <summary>source=billed: billing alone, grouped as asked.</summary>
    public async Task<List<UsageSums>> SumAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken)
    {
        var billed = await ReadAsync(window, filter.Provider, filter.Model, grouping.Period == UsageGrouping.Hour, null, null, cancellationToken);
        return UsageRollupReader.Merge(billed.Parts.Select(part => Regroup(part, grouping)));
    }

    /// <param name="hourly">Parts per hour; else per UTC day.</param>
    /// <param name="billedTo">Per provider, where billing ends (the hour its connections are synced through): no usage after it, and a day's cost is spread over the hours before it.</param>
    /// <param name="connections">Only these connections' rows; all when null.</param>
    public async Task<BilledParts> ReadAsync(AnalyticsWindow window, string? provider, string? model, bool hourly, IReadOnlyDictionary<string, long>? billedTo,
        IReadOnlyCollection<Guid>? connections, CancellationToken cancellationToken)
    {
        var spread = hourly || window.FromMs % UsageRollups.DayMs != 0 || window.ToMs % UsageRollups.DayMs != 0;
        var days = window.CoveringDays;
        var buckets = (await BucketsAsync(days, connections, cancellationToken))
            .Where(b => b.StartMs >= days.FromMs && b.StartMs < days.ToMs && (provider is null || b.Provider == provider)
                && (model is null || b.Model == Catalogued(model)))
            .ToList();
        long EndOf(string p) => billedTo?.GetValueOrDefault(p, long.MaxValue) ?? long.MaxValue;
        var usage = buckets.Where(b => b.Kind == ProviderUsageKind.Usage && b.StartMs < EndOf(b.Provider)).ToList();
        var withRequests = usage.Where(b => b.ReportedRequests > 0).Select(b => b.Provider).ToHashSet();

        var parts = usage.Where(b => b.StartMs >= window.FromMs && b.StartMs < window.ToMs)
            .Select(b => new UsageSums
            {
                Period = b.StartMs, Provider = b.Provider, First = b.Model, Requests = b.Requests,
                InputTokens = b.UncachedInputTokens + b.CachedInputTokens + b.CacheWriteTokens, OutputTokens = b.OutputTokens,
                CachedInputTokens = b.CachedInputTokens, CacheWriteTokens = b.CacheWriteTokens,
            })
            .ToList();
        var costs = buckets.Where(b => b.Kind == ProviderUsageKind.Cost && b.StartMs < EndOf(b.Provider));
        if (!spread) parts.AddRange(costs.Where(b => b.StartMs >= window.FromMs && b.StartMs < window.ToMs).Select(CostPart));
        else
        {
            var tokensByHour = usage.ToLookup(b => (b.Provider, b.Model, Day: UsageRollups.StartOf(b.StartMs, UsageRollups.DayMs)));
            foreach (var cost in costs)
                parts.AddRange(Spread(cost, tokensByHour[(cost.Provider, cost.Model, cost.StartMs)], EndOf(cost.Provider))
                    .Where(b => b.StartMs >= window.FromMs && b.StartMs < window.ToMs).Select(CostPart));
        }
        var period = hourly ? UsageGrouping.Hour : UsageGrouping.Day;
        return new BilledParts(UsageRollupReader.Merge(parts.Select(p => Regroup(p, new UsageGrouping(period, "model", ByProvider: true)))), withRequests);
    }

    /// <summary>
    /// The buckets of <paramref name="days"/> by kind, start, provider and catalog model. What one request loads serves its later reads of
    /// days inside it (an anomaly scan reads its whole history first, then many hours and weeks of it). Across requests they are kept until
    /// a sync of the connections finishes: only a sync changes them (a read during a sync may see its rows until it finishes).
    /// </summary>
    private async Task<List<Bucket>> BucketsAsync(AnalyticsWindow days, IReadOnlyCollection<Guid>? connections, CancellationToken cancellationToken)
    {
        var ids = connections?.Order().ToList();
        if (_loaded is { } loaded && loaded.Days.FromMs <= days.FromMs && days.ToMs <= loaded.Days.ToMs
            && (ids ?? []).SequenceEqual(loaded.Connections ?? []) && (ids is null) == (loaded.Connections is null)) return loaded.Buckets;
        var synced = await (ids is null ? db.ProviderConnections : db.ProviderConnections.Where(c => ids.Contains(c.Id)))
            .MaxAsync(c => c.LastSyncFinishedAt, cancellationToken);
        var key = ("billed", db.CurrentOrganizationId, days, ids is null ? "" : string.Join(',', ids), synced);
        if (!cache.Enabled || !cache.TryGetValue(key, out List<Bucket>? buckets) || buckets is null)
        {
            buckets = await LoadAsync(days, ids, cancellationToken);
            if (cache.Enabled) cache.Set(key, buckets, new MemoryCacheEntryOptions { Size = buckets.Count + 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }
        _loaded = (days, ids, buckets);
        return buckets;
    }

    private async Task<List<Bucket>> LoadAsync(AnalyticsWindow days, IReadOnlyCollection<Guid>? connections, CancellationToken cancellationToken)
    {
        var rows = db.ProviderUsage.AsNoTracking().Where(u => u.BucketStartMs >= days.FromMs && u.BucketStartMs < days.ToMs);
        if (connections is not null) rows = rows.Where(u => connections.Contains(u.ConnectionId));
        return (await rows
                .GroupBy(u => new { u.Kind, u.BucketStartMs, u.Provider, u.Model })
                .Select(g => new Bucket(g.Key.Kind, g.Key.BucketStartMs, g.Key.Provider, g.Key.Model, g.Sum(u => u.Requests ?? 0), g.Count(u => u.Requests != null),
                    g.Sum(u => u.UncachedInputTokens), g.Sum(u => u.CachedInputTokens), g.Sum(u => u.CacheWrite5mTokens + u.CacheWrite1hTokens),
                    g.Sum(u => u.OutputTokens), g.Sum(u => u.CostNanoUsd)))
                .ToListAsync(cancellationToken))
            .Select(b => b with { Model = Catalogued(b.Model) })
            .ToList();
    }

    private (AnalyticsWindow Days, List<Guid>? Connections, List<Bucket> Buckets)? _loaded;

    /// <summary>A day's cost over its hours before <paramref name="endMs"/>, weighted by the tokens billed in each; the parts add up to the day's cost.</summary>
    private static IEnumerable<Bucket> Spread(Bucket cost, IEnumerable<Bucket> usage, long endMs)
    {
        var hours = Enumerable.Range(0, 24).Select(h => cost.StartMs + h * UsageRollups.HourMs).Where(h => h < endMs).DefaultIfEmpty(cost.StartMs).ToList();
        var tokens = usage.GroupBy(u => u.StartMs).ToDictionary(g => g.Key, g => g.Sum(u => u.UncachedInputTokens + u.CachedInputTokens + u.CacheWriteTokens + u.OutputTokens));
        var weights = hours.Select(h => tokens.GetValueOrDefault(h)).ToArray();
        if (weights.All(w => w == 0)) Array.Fill(weights, 1);
        var shares = Allocation.Proportional(weights, cost.CostNanoUsd, weights.Sum());
        return hours.Select((h, i) => cost with { StartMs = h, CostNanoUsd = shares[i] });
    }

    private static UsageSums CostPart(Bucket b) => new() { Period = b.StartMs, Provider = b.Provider, First = b.Model, CostNanoUsd = b.CostNanoUsd };

    private static UsageSums Regroup(UsageSums part, UsageGrouping grouping) => new()
    {
        Period = UsageGrouping.PeriodOf(grouping.Period, part.Period), Provider = grouping.ByProvider ? part.Provider : "",
        First = Part(grouping.First, part), Second = Part(grouping.Second, part), Requests = part.Requests, InputTokens = part.InputTokens,
        OutputTokens = part.OutputTokens, CachedInputTokens = part.CachedInputTokens, CacheWriteTokens = part.CacheWriteTokens, CostNanoUsd = part.CostNanoUsd,
    };

    /// <summary>A part's value of <paramref name="dimension"/>: parts carry the catalog model in First.</summary>
    private static string Part(string? dimension, UsageSums part) => dimension switch
    {
        "provider" => part.Provider,
        "model" => part.First,
        _ => "",
    };

    private string Catalogued(string model) => catalog.ModelOf(model) ?? model;

    private sealed record Bucket(ProviderUsageKind Kind, long StartMs, string Provider, string Model, long Requests, int ReportedRequests, long UncachedInputTokens,
        long CachedInputTokens, long CacheWriteTokens, long OutputTokens, long CostNanoUsd);
}
