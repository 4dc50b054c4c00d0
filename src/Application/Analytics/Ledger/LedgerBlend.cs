namespace AIntops.Application.Analytics.Ledger;

/// <summary>One provider's period (an hour or a UTC day): the unit billing and telemetry are blended in.</summary>
public readonly record struct LedgerCell(string Provider, long StartMs);

/// <summary>
/// The blending rules (docs/adr/0018-blended-ledger.md), for the cells billing covers, each measure (requests, the token kinds,
/// cost) on its own: billing is the cell's total and telemetry attributes it. What billing holds beyond the attributed part is
/// "Unattributed". Telemetry above the bill is scaled down to it, so every breakdown adds up to the bill. A measure billing does
/// not report (request counts, for some providers) stays telemetry's. Cells lie wholly inside or outside what billing covers.
/// </summary>
public sealed class LedgerBlend
{
    public const string Unattributed = "(unattributed)";

    private readonly Dictionary<LedgerCell, (long Billed, long Telemetry)?[]> _scaling = [];

    private LedgerBlend(List<UsageSums> unattributed) => UnattributedRows = unattributed;

    /// <summary>What billing holds beyond telemetry, per cell (Period = cell start, Provider), keyed for the grouping: provider and model as billed, any other dimension <see cref="Unattributed"/>.</summary>
    public IReadOnlyList<UsageSums> UnattributedRows { get; }

    /// <summary>Whether telemetry exceeds billing in some cell, so telemetry rows must be read per cell and <see cref="Scale"/>d.</summary>
    public bool Scales => _scaling.Count > 0;

    /// <summary>Per provider and measure, how much telemetry the scaling takes off (its excess over the bill, summed over the cells).</summary>
    public Dictionary<string, long[]> ExcessByProvider() => _scaling.GroupBy(s => s.Key.Provider).ToDictionary(g => g.Key, g =>
    {
        var excess = new long[LedgerMeasures.Count];
        foreach (var (_, scaling) in g)
            for (var m = 0; m < LedgerMeasures.Count; m++)
                if (scaling[m] is var (billed, telemetry)) excess[m] += telemetry - billed;
        return excess;
    });

    /// <param name="billed">Billing per cell (Period = cell start, Provider) and catalog model (First).</param>
    /// <param name="telemetry">All telemetry per cell and catalog model (First; empty when the grouping has no model), whatever team or environment filter the view has.</param>
    /// <param name="attributedOnly">The view is the attributed slice (a team or environment filter): no unattributed rows.</param>
    public static LedgerBlend Of(IReadOnlyDictionary<string, BillingCoverage> coverage, BilledParts billed, IEnumerable<UsageSums> telemetry,
        UsageGrouping grouping, bool attributedOnly)
    {
        bool Covered(UsageSums s) => coverage.TryGetValue(s.Provider, out var c) && c.Covers(s.Period);
        var billedCells = billed.Parts.Where(Covered).ToLookup(s => new LedgerCell(s.Provider, s.Period));
        var telemetryCells = telemetry.Where(Covered).ToLookup(s => new LedgerCell(s.Provider, s.Period));
        var unattributed = new List<UsageSums>();
        var blend = new LedgerBlend(unattributed);
        foreach (var cell in billedCells.Select(g => g.Key).Union(telemetryCells.Select(g => g.Key)).OrderBy(c => c.Provider, StringComparer.Ordinal).ThenBy(c => c.StartMs))
        {
            var (b, t) = (LedgerMeasures.Sum(billedCells[cell]), LedgerMeasures.Sum(telemetryCells[cell]));
            var scaling = new (long, long)?[LedgerMeasures.Count];
            var rest = new long[LedgerMeasures.Count];
            for (var m = 0; m < LedgerMeasures.Count; m++)
            {
                if (m == LedgerMeasures.Requests && !billed.ProvidersWithRequests.Contains(cell.Provider)) continue;
                if (t[m] <= b[m]) rest[m] = b[m] - t[m];
                else scaling[m] = (b[m], t[m]);
            }
            if (scaling.Any(s => s is not null)) blend._scaling[cell] = scaling;
            if (!attributedOnly && rest.Any(r => r > 0)) unattributed.AddRange(Rest(cell, rest, billedCells[cell], telemetryCells[cell], grouping));
        }
        return blend;
    }

    /// <summary>Telemetry rows keyed by cell (Period = cell start, Provider), scaled down to the bill where it is smaller.</summary>
    public IEnumerable<UsageSums> Scale(IEnumerable<UsageSums> rows) => rows.GroupBy(r => new LedgerCell(r.Provider, r.Period)).SelectMany(cell =>
    {
        if (!_scaling.TryGetValue(cell.Key, out var scaling)) return cell;
        var list = cell.ToList();
        var measures = list.Select(LedgerMeasures.Of).ToList();
        for (var m = 0; m < LedgerMeasures.Count; m++)
            if (scaling[m] is var (billed, telemetry))
            {
                var shares = Allocation.Proportional(measures.Select(v => v[m]).ToList(), billed, telemetry);
                for (var i = 0; i < list.Count; i++) measures[i][m] = shares[i];
            }
        return list.Select((row, i) => LedgerMeasures.With(row, measures[i]));
    });

    /// <summary>The cell's unattributed part: one row, or with a model in the grouping one per model, in proportion to what each model's bill exceeds its telemetry.</summary>
    private static IEnumerable<UsageSums> Rest(LedgerCell cell, long[] rest, IEnumerable<UsageSums> billed, IEnumerable<UsageSums> telemetry, UsageGrouping grouping)
    {
        string Label(string? dimension, string model) => dimension switch { null => "", "provider" => cell.Provider, "model" => model, _ => Unattributed };
        UsageSums Row(string model, long[] measures) => LedgerMeasures.With(
            new UsageSums { Period = cell.StartMs, Provider = cell.Provider, First = Label(grouping.First, model), Second = Label(grouping.Second, model) }, measures);
        if (!grouping.Uses("model")) return [Row("", rest)];

        var billedByModel = billed.GroupBy(s => s.First).ToDictionary(g => g.Key, g => LedgerMeasures.Sum(g));
        var telemetryByModel = telemetry.GroupBy(s => s.First).ToDictionary(g => g.Key, g => LedgerMeasures.Sum(g));
        var models = billedByModel.Keys.Union(telemetryByModel.Keys).Order(StringComparer.Ordinal).ToList();
        var perModel = models.Select(_ => new long[LedgerMeasures.Count]).ToList();
        for (var m = 0; m < LedgerMeasures.Count; m++)
        {
            var weights = models.Select(model => Math.Max(0, (billedByModel.GetValueOrDefault(model)?[m] ?? 0) - (telemetryByModel.GetValueOrDefault(model)?[m] ?? 0))).ToList();
            var shares = Allocation.Proportional(weights, rest[m], weights.Sum());
            for (var i = 0; i < models.Count; i++) perModel[i][m] = shares[i];
        }
        return models.Select((model, i) => Row(model, perModel[i])).Where(r => LedgerMeasures.Of(r).Any(v => v != 0));
    }
}

/// <summary>The measures billing and telemetry both have, as one vector: requests, input, output, cached input and cache-write tokens, cost.</summary>
public static class LedgerMeasures
{
    public const int Requests = 0;
    public const int Count = 6;

    public static long[] Of(UsageSums s) => [s.Requests, s.InputTokens, s.OutputTokens, s.CachedInputTokens, s.CacheWriteTokens, s.CostNanoUsd];

    /// <summary>Each measure of <paramref name="rows"/> as a column, read in one pass.</summary>
    public static long[][] Columns(List<UsageSums> rows)
    {
        long[][] columns = [new long[rows.Count], new long[rows.Count], new long[rows.Count], new long[rows.Count], new long[rows.Count], new long[rows.Count]];
        for (var i = 0; i < rows.Count; i++)
            (columns[0][i], columns[1][i], columns[2][i], columns[3][i], columns[4][i], columns[5][i]) =
                (rows[i].Requests, rows[i].InputTokens, rows[i].OutputTokens, rows[i].CachedInputTokens, rows[i].CacheWriteTokens, rows[i].CostNanoUsd);
        return columns;
    }

    public static long[] Sum(IEnumerable<UsageSums> sums)
    {
        var total = new long[Count];
        foreach (var s in sums)
        {
            var measures = Of(s);
            for (var m = 0; m < Count; m++) total[m] += measures[m];
        }
        return total;
    }

    /// <summary><paramref name="row"/> with these measures; telemetry's own counters (errors, unpriced calls, latency) kept.</summary>
    public static UsageSums With(UsageSums row, long[] m) => With(row, row.Provider, m[0], m[1], m[2], m[3], m[4], m[5]);

    /// <summary><paramref name="row"/> with the measures at <paramref name="i"/> of <paramref name="columns"/>, under <paramref name="provider"/>.</summary>
    public static UsageSums With(UsageSums row, long[][] columns, int i, string provider) =>
        With(row, provider, columns[0][i], columns[1][i], columns[2][i], columns[3][i], columns[4][i], columns[5][i]);

    private static UsageSums With(UsageSums row, string provider, long requests, long input, long output, long cached, long cacheWrite, long cost) => new()
    {
        Period = row.Period, Provider = provider, First = row.First, Second = row.Second, Requests = requests, InputTokens = input, OutputTokens = output,
        CachedInputTokens = cached, CacheWriteTokens = cacheWrite, CostNanoUsd = cost, Errors = row.Errors, UnpricedRequests = row.UnpricedRequests,
        LatencySumMs = row.LatencySumMs, LatencyCount = row.LatencyCount,
    };
}
