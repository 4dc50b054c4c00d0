using AIntops.Application.Analytics.Ledger;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics.GetLatency;

public sealed record GetLatencyQuery(AnalyticsFilter Filter) : IRequest<LatencyByModel>, IAnalyticsQuery;

/// <param name="P50Ms">Interpolated inside its latency bucket (buckets are 25% wide).</param>
public sealed record ModelLatency(string Model, long Calls, double? AverageMs, double? P50Ms, double? P95Ms);

/// <param name="SourceNote">Latency is known to telemetry only.</param>
public sealed record LatencyByModel(DateTime From, DateTime To, ModelLatency Overall, IReadOnlyList<ModelLatency> Models, SourceNote SourceNote);

public sealed class GetLatencyValidator : AbstractValidator<GetLatencyQuery>
{
    public GetLatencyValidator() => Include(new AnalyticsFilterRules<GetLatencyQuery>());
}

public sealed class GetLatencyHandler(UsageRollupReader rollups, LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetLatencyQuery, LatencyByModel>
{
    public async Task<LatencyByModel> Handle(GetLatencyQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var sums = (await rollups.SumAsync(request.Filter, window, new UsageGrouping(First: "model"), cancellationToken)).ToDictionary(s => s.First);
        var histograms = await rollups.LatencyAsync(request.Filter, window, "model", cancellationToken);
        ModelLatency Of(string model, UsageSums usage, IReadOnlyDictionary<int, long> histogram) => new(model, usage.LatencyCount,
            Ratio.Of(usage.LatencySumMs, usage.LatencyCount), LatencyHistogram.Percentile(histogram, 0.5), LatencyHistogram.Percentile(histogram, 0.95));

        var models = sums.Values.Where(s => s.LatencyCount > 0).OrderByDescending(s => s.LatencyCount).ThenBy(s => s.First, StringComparer.Ordinal)
            .Select(s => Of(s.First, s, histograms.GetValueOrDefault(s.First) ?? [])).ToList();
        var overall = histograms.Values.SelectMany(h => h).GroupBy(b => b.Key).ToDictionary(g => g.Key, g => g.Sum(b => b.Value));
        return new LatencyByModel(window.From, window.To, Of("", UsageSums.Add(sums.Values), overall), models,
            await ledger.AttributedNoteAsync(request.Filter, cancellationToken));
    }
}
