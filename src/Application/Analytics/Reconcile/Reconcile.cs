using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using AIntops.Domain.Providers;

namespace AIntops.Application.Analytics.Reconcile;

/// <summary>Billed spend (provider cost reports) against attributed spend (ingested calls, real data), by UTC day and model.</summary>
public sealed record ReconcileQuery(AnalyticsFilter Filter) : IRequest<Reconciliation>, IAnalyticsQuery;

/// <param name="Model">The catalog model both sides resolve to (dated ids such as gpt-4o-2024-08-06 count as gpt-4o); cost lines that are not models keep their text.</param>
/// <param name="GapUsd">Billed minus attributed: spend the telemetry does not explain (negative: more attributed than billed).</param>
/// <param name="Coverage">Attributed / billed; null when nothing was billed.</param>
public sealed record ReconciliationRow(DateTime Day, string Provider, string Model, decimal BilledUsd, decimal AttributedUsd, decimal GapUsd, double? Coverage);

public sealed record ReconciliationDay(DateTime Day, decimal BilledUsd, decimal AttributedUsd, decimal GapUsd, double? Coverage);

/// <summary>Only whole UTC days: providers bill per day.</summary>
public sealed record Reconciliation(
    DateTime From, DateTime To, decimal BilledUsd, decimal AttributedUsd, decimal GapUsd, double? Coverage,
    IReadOnlyList<ReconciliationDay> Days, IReadOnlyList<ReconciliationRow> Rows);

public sealed class ReconcileValidator : AbstractValidator<ReconcileQuery>
{
    public ReconcileValidator() => Include(new AnalyticsFilterRules<ReconcileQuery>());
}

public sealed class ReconcileHandler(IAppDbContext db, UsageRollupReader rollups, PriceCatalog catalog, TimeProvider clock)
    : IRequestHandler<ReconcileQuery, Reconciliation>
{
    public async Task<Reconciliation> Handle(ReconcileQuery request, CancellationToken cancellationToken)
    {
        var days = request.Filter.Window(clock.GetUtcNow().UtcDateTime).CoveringDays;
        var billed = await db.ProviderUsage.AsNoTracking()
            .Where(u => u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= days.FromMs && u.BucketStartMs < days.ToMs)
            .GroupBy(u => new { u.BucketStartMs, u.Provider, u.Model })
            .Select(g => new { g.Key.BucketStartMs, g.Key.Provider, g.Key.Model, CostNanoUsd = g.Sum(u => u.CostNanoUsd) })
            .ToListAsync(cancellationToken);
        var attributed = await rollups.SumAsync(request.Filter with { DataMode = DataModes.Real }, days,
            new UsageGrouping(UsageGrouping.Day, "provider", "model"), cancellationToken);

        var rows = billed.Select(b => (Day: UsageRollups.StartOf(b.BucketStartMs, UsageRollups.DayMs), b.Provider, Model: Catalogued(b.Model), Billed: b.CostNanoUsd, Attributed: 0L))
            .Concat(attributed.Select(a => (Day: a.Period, Provider: a.First, Model: Catalogued(a.Second), Billed: 0L, Attributed: a.CostNanoUsd)))
            .Where(r => (request.Filter.Provider is null || r.Provider == request.Filter.Provider) && (request.Filter.Model is null || r.Model == Catalogued(request.Filter.Model)))
            .GroupBy(r => (r.Day, r.Provider, r.Model))
            .Select(g => (g.Key, Billed: g.Sum(r => r.Billed), Attributed: g.Sum(r => r.Attributed)))
            .OrderBy(r => r.Key.Day).ThenByDescending(r => r.Billed).ThenBy(r => r.Key.Model, StringComparer.Ordinal)
            .ToList();
        ReconciliationDay Day(long day, long billedNano, long attributedNano) => new(Date(day), NanoUsd.ToUsd(billedNano), NanoUsd.ToUsd(attributedNano),
            NanoUsd.ToUsd(billedNano - attributedNano), Ratio.Of(attributedNano, billedNano));

        var totalBilled = rows.Sum(r => r.Billed);
        var totalAttributed = rows.Sum(r => r.Attributed);
        return new Reconciliation(days.From, days.To, NanoUsd.ToUsd(totalBilled), NanoUsd.ToUsd(totalAttributed), NanoUsd.ToUsd(totalBilled - totalAttributed),
            Ratio.Of(totalAttributed, totalBilled),
            rows.GroupBy(r => r.Key.Day).Select(g => Day(g.Key, g.Sum(r => r.Billed), g.Sum(r => r.Attributed))).ToList(),
            rows.Select(r => new ReconciliationRow(Date(r.Key.Day), r.Key.Provider, r.Key.Model, NanoUsd.ToUsd(r.Billed), NanoUsd.ToUsd(r.Attributed),
                NanoUsd.ToUsd(r.Billed - r.Attributed), Ratio.Of(r.Attributed, r.Billed))).ToList());
    }

    private string Catalogued(string model) => catalog.ModelOf(model) ?? model;

    private static DateTime Date(long dayStartMs) => DateTimeOffset.FromUnixTimeMilliseconds(dayStartMs).UtcDateTime;
}
