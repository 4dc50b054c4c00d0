using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics.Ledger;

/// <summary>
/// The one reader every figure goes through: for source=blended (the default), provider billing is the total of each provider
/// and period it covers, telemetry attributes it (<see cref="LedgerBlend"/>), and the hours billing has not reached come from
/// telemetry; source=billed and source=telemetry read one side alone. Billing is real usage: test and demo data are
/// telemetry only, and dataMode=all adds them to the blended real figures.
/// </summary>
public sealed class LedgerReader(IAppDbContext db, UsageRollupReader telemetry, BilledUsageReader billed, PriceCatalog catalog)
{
    private delegate Task<List<UsageSums>> TelemetryRead(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken);

    private List<BillingCoverage>? _coverage;

    public Task<LedgerSums> SumAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken) =>
        ReadAsync(filter, window, grouping, telemetry.SumAsync, false, cancellationToken);

    /// <summary>
    /// Per-user sums over the whole days covering <paramref name="window"/>; users are known to telemetry only, so billing beyond it is one
    /// unattributed row. Where telemetry exceeds the bill, each provider's users are scaled by the share of that provider's telemetry the
    /// bill keeps over the window, not cell by cell: a user's row per provider and day would be read otherwise (ADR 0018).
    /// </summary>
    public Task<LedgerSums> SumUsersAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken) =>
        ReadAsync(filter, window.CoveringDays, grouping, telemetry.SumUsersAsync, true, cancellationToken);

    /// <summary>The note of a view only telemetry can fill (latency, distinct users): its figures are the attributed part.</summary>
    public async Task<SourceNote> AttributedNoteAsync(AnalyticsFilter filter, CancellationToken cancellationToken) =>
        Note(filter.EffectiveSource, true, [], await CoverageAsync(cancellationToken), 0, 0);

    private async Task<LedgerSums> ReadAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, TelemetryRead read, bool scaleByProvider,
        CancellationToken cancellationToken)
    {
        var all = await CoverageAsync(cancellationToken);
        var source = filter.EffectiveSource;
        if (source == AnalyticsFilter.Billed)
        {
            var rows = await billed.SumAsync(filter, window, grouping, cancellationToken);
            return new LedgerSums(rows, Note(source, false, all.Where(c => InScope(c, filter, window)), all, 0, 0), new UsageSums());
        }
        var mode = filter.EffectiveDataMode;
        var coverage = source == AnalyticsFilter.Blended && mode is DataModes.Real or DataModes.AllFilter
            ? all.Where(c => InScope(c, filter, window)).ToDictionary(c => c.Provider)
            : [];
        if (coverage.Count == 0)
            return new LedgerSums(await read(filter, window, grouping, cancellationToken), Note(source, filter.FiltersTelemetryOnly, [], all, 0, 0), new UsageSums());

        var (blended, unattributed) = await BlendAsync(filter with { DataMode = DataModes.Real }, window, grouping, coverage, read, scaleByProvider,
            cancellationToken);
        if (mode == DataModes.AllFilter)
            foreach (var other in DataModes.All.Where(m => m != DataModes.Real))
                blended.AddRange(await read(filter with { DataMode = other }, window, grouping, cancellationToken));
        var merged = UsageRollupReader.Merge(blended, row => (UsageGrouping.PeriodOf(grouping.Period, row.Period), grouping.ByProvider ? row.Provider : "", row.First, row.Second));
        return new LedgerSums(merged, Note(source, filter.FiltersTelemetryOnly, coverage.Values, all, unattributed.CostNanoUsd, merged.Sum(r => r.CostNanoUsd)),
            unattributed);
    }

    /// <summary>The blended rows, keyed per provider and cell or finer: <see cref="ReadAsync"/> merges them into the view's grouping.</summary>
    private async Task<(List<UsageSums> Rows, UsageSums Unattributed)> BlendAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping,
        Dictionary<string, BillingCoverage> coverage, TelemetryRead read, bool scaleByProvider, CancellationToken cancellationToken)
    {
        var telemetryByProvider = new Dictionary<string, long[]>();
        var byModel = grouping.Uses("model");
        var billedTo = coverage.ToDictionary(c => c.Key, c => c.Value.ToMs);
        List<Guid> connections = [.. coverage.Values.SelectMany(c => c.Connections)];
        var blends = new List<(Segment Segment, LedgerBlend Blend)>();
        foreach (var segment in Segments(window, grouping, coverage.Values))
        {
            var cells = (await telemetry.SumAsync(filter with { Team = null, Environment = null }, segment.Window,
                    new UsageGrouping(segment.Period, byModel ? "model" : null, ByProvider: true), cancellationToken))
                .Select(s => byModel ? s.WithKey(s.Period, s.Provider, Catalogued(s.First), s.Second) : s).ToList();
            foreach (var provider in cells.GroupBy(c => c.Provider))
                telemetryByProvider[provider.Key] = Add(telemetryByProvider.GetValueOrDefault(provider.Key), LedgerMeasures.Sum(provider));
            var bill = await billed.ReadAsync(segment.Window, filter.Provider, filter.Model, segment.Period == UsageGrouping.Hour, billedTo, connections,
                cancellationToken);
            blends.Add((segment, LedgerBlend.Of(coverage, bill, cells, grouping, filter.FiltersTelemetryOnly)));
        }
        var attributed = new List<UsageSums>();
        if (!blends.Any(b => b.Blend.Scales)) attributed.AddRange(Catalogued(await read(filter, window, grouping, cancellationToken), grouping));
        else if (scaleByProvider)
        {
            var excess = blends.SelectMany(b => b.Blend.ExcessByProvider()).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Aggregate(new long[LedgerMeasures.Count], (a, e) => Add(a, e.Value)));
            // Unmerged: each part of a key gets its share, and the view's merge adds them up. The scaled rows are new, so they take the
            // view's provider key here (none unless grouped by provider) rather than being copied again by the merge.
            var rows = await telemetry.SumUserPartsAsync(filter, window, grouping with { ByProvider = true }, cancellationToken);
            attributed.AddRange(Catalogued(rows.GroupBy(r => r.Provider).SelectMany(provider => ScaledShare(provider.ToList(),
                telemetryByProvider.GetValueOrDefault(provider.Key), excess.GetValueOrDefault(provider.Key), grouping.ByProvider ? provider.Key : "")), grouping));
        }
        else
            foreach (var (segment, blend) in blends)
                attributed.AddRange(Catalogued(blend.Scale(await read(filter, segment.Window, grouping with { Period = segment.Period, ByProvider = true },
                    cancellationToken)), grouping));
        var unattributed = blends.SelectMany(b => b.Blend.UnattributedRows).ToList();
        return ([.. attributed, .. unattributed], UsageSums.Add(unattributed));
    }

    private sealed record Segment(AnalyticsWindow Window, string Period);

    /// <summary>A provider's rows, each measure scaled by the share of the provider's telemetry (<paramref name="total"/>) that remains once <paramref name="excess"/> is taken off.</summary>
    private static IEnumerable<UsageSums> ScaledShare(List<UsageSums> rows, long[]? total, long[]? excess, string provider)
    {
        if (total is null || excess is null) return rows;
        var scaled = LedgerMeasures.Columns(rows);
        for (var m = 0; m < LedgerMeasures.Count; m++)
            if (excess[m] != 0) scaled[m] = Allocation.Proportional(scaled[m], total[m] - excess[m], total[m]);
        return rows.Select((row, i) => LedgerMeasures.With(row, scaled, i, provider));
    }

    private static long[] Add(long[]? a, long[] b) => a is null ? b : [.. a.Zip(b, (x, y) => x + y)];

    /// <summary>
    /// The window in cells: UTC days, except from the day a provider's last sync cut through (usually today), whose hours are cells of their
    /// own so that billing covers the hours before the sync and telemetry the hours after; hours throughout for an hourly grouping.
    /// </summary>
    private static IEnumerable<Segment> Segments(AnalyticsWindow window, UsageGrouping grouping, IEnumerable<BillingCoverage> coverage)
    {
        var hours = new Segment(window, UsageGrouping.Hour);
        if (grouping.Period == UsageGrouping.Hour) return [hours];
        var cut = coverage.Where(c => c.ToMs % UsageRollups.DayMs != 0).Select(c => (long?)UsageRollups.StartOf(c.ToMs, UsageRollups.DayMs)).Min();
        if (cut is not { } split || split >= window.ToMs) return [new Segment(window, UsageGrouping.Day)];
        if (split <= window.FromMs) return [hours];
        return [new Segment(new AnalyticsWindow(window.FromMs, split), UsageGrouping.Day),
            new Segment(new AnalyticsWindow(split, window.ToMs), UsageGrouping.Hour)];
    }

    private static bool InScope(BillingCoverage coverage, AnalyticsFilter filter, AnalyticsWindow window) =>
        (filter.Provider is null || coverage.Provider == filter.Provider) && coverage.Overlaps(window);

    private static SourceNote Note(string source, bool attributedOnly, IEnumerable<BillingCoverage> used, IEnumerable<BillingCoverage> all, long unattributedNanoUsd,
        long totalNanoUsd) =>
        new(source, attributedOnly, used.Select(c => (long?)c.ToMs).Min() is { } through ? Utc(through) : null, NanoUsd.ToUsd(unattributedNanoUsd),
            unattributedNanoUsd == 0 ? null : Ratio.Of(unattributedNanoUsd, totalNanoUsd),
            all.Select(c => new ProviderBilling(c.Provider, Utc(c.FromMs), Utc(c.ToMs), c.LastSyncUtc)).ToList());

    /// <summary>Billing coverage per provider, from its connections that have finished a first sync with data.</summary>
    private async Task<List<BillingCoverage>> CoverageAsync(CancellationToken cancellationToken) => _coverage ??=
        (await db.ProviderConnections.AsNoTracking().Where(c => c.SyncedThroughUtc != null && c.DataFromUtc != null)
            .Select(c => new { c.Id, c.Provider, DataFromUtc = c.DataFromUtc!.Value, SyncedThroughUtc = c.SyncedThroughUtc!.Value, c.LastSuccessAt })
            .ToListAsync(cancellationToken))
        .GroupBy(c => c.Provider)
        .Select(g => new BillingCoverage(g.Key, UsageRollups.StartOf(Ms(g.Min(c => c.DataFromUtc)), UsageRollups.DayMs), Ms(g.Min(c => c.SyncedThroughUtc)),
            g.Max(c => c.LastSuccessAt), [.. g.Select(c => c.Id)]))
        .OrderBy(c => c.Provider, StringComparer.Ordinal)
        .ToList();

    private string Catalogued(string model) => catalog.ModelOf(model) ?? model;

    /// <summary>Telemetry's model ids under the catalog's names, as billing's are, so that one model is one row however it was sent.</summary>
    private IEnumerable<UsageSums> Catalogued(IEnumerable<UsageSums> rows, UsageGrouping grouping) => grouping switch
    {
        { First: "model" } => rows.Select(s => s.WithKey(s.Period, s.Provider, Catalogued(s.First), s.Second)),
        { Second: "model" } => rows.Select(s => s.WithKey(s.Period, s.Provider, s.First, Catalogued(s.Second))),
        _ => rows,
    };

    private static long Ms(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    private static DateTime Utc(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
