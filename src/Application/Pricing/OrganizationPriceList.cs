using System.Text.RegularExpressions;
using AIntops.Domain.Pricing;

namespace AIntops.Application.Pricing;

/// <summary>
/// The prices one organization pays: its overrides layered over the shared catalog. An override named
/// after a catalog model covers every id the catalog resolves to that model; any other override covers its
/// model id as the catalog would: as sent (case-insensitive), normalised, or as the family of a dated id.
/// The most specific match wins and, at the same step, the override wins over the catalog. From its effective
/// date an override wins over the catalog (all its long-context tiers included); before it, the catalog applies.
/// </summary>
public sealed class OrganizationPriceList
{
    private readonly PriceCatalog _catalog;
    private readonly Dictionary<string, List<PriceRow>> _overridesByModel;
    private readonly Dictionary<string, List<PriceRow>> _overridesByNormalisedModel;

    public OrganizationPriceList(PriceCatalog catalog, IEnumerable<PriceOverride> overrides)
    {
        _catalog = catalog;
        Overrides = overrides.Select(o => new PriceRow(ToModelPrice(catalog, o), o.Id)).ToList();
        _overridesByModel = Overrides.GroupBy(r => r.Price.Model, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        // Two overrides that normalise alike (say openai/gpt-4o and azure/gpt-4o) cover only their own ids.
        _overridesByNormalisedModel = _overridesByModel.GroupBy(m => ModelIds.Normalise(m.Key), StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Value, StringComparer.Ordinal);
    }

    public IReadOnlyList<PriceRow> Overrides { get; }

    /// <summary>Every catalog row and every override.</summary>
    public IEnumerable<PriceRow> AllRows => _catalog.Prices.Select(p => new PriceRow(p, null)).Concat(Overrides);

    /// <summary>The rows that price <paramref name="modelId"/> at <paramref name="at"/>; empty when its price is unknown.</summary>
    public IReadOnlyList<PriceRow> RowsInEffect(string modelId, DateTime at) => Resolve(modelId, at).Rows;

    /// <summary>The rows that price <paramref name="modelId"/> at <paramref name="at"/> and how the id found them.</summary>
    public ResolvedPrices Resolve(string modelId, DateTime at)
    {
        var catalogMatch = _catalog.Match(modelId);
        var overrides = OverridesInEffect(modelId, catalogMatch, at);
        if (overrides.Count > 0) return new ResolvedPrices(overrides, PriceMatch.Override);
        var rows = catalogMatch.Model is { } model
            ? PriceCatalog.LatestInEffect(_catalog.RowsOfModel(model), p => p.EffectiveFrom, at).Select(p => new PriceRow(p, null)).ToList()
            : [];
        return new ResolvedPrices(rows, rows.Count == 0 ? PriceMatch.Unpriced : catalogMatch.Kind);
    }

    /// <summary>The cost of one call; unknown models are flagged, never priced at $0.</summary>
    public PricedCost PriceEvent(string modelId, DateTime at, TokenUsage usage)
    {
        if (_overridesByModel.Count == 0) return _catalog.Price(modelId, at, usage);
        var resolved = Resolve(modelId, at);
        return PricedCost.Of(PriceCatalog.Tier(resolved.Rows.Select(r => r.Price).ToList(), usage.InputTokens), usage, resolved.Match);
    }

    /// <summary>What an override of <paramref name="model"/> matches as sent: the catalog model's pattern, or exactly that id.</summary>
    public static string MatchPatternFor(PriceCatalog catalog, string model) =>
        catalog.RowsOfModel(model) is [var row, ..] ? row.MatchPattern : $"(?i)^{Regex.Escape(model)}$";

    public static ModelPrice ToModelPrice(PriceCatalog catalog, PriceOverride o) => new(
        o.Provider, o.Model, MatchPatternFor(catalog, o.Model), o.EffectiveFrom, null,
        NanoUsd.ToUsd(o.InputNanoUsdPerMillion), NanoUsd.ToUsd(o.CachedInputNanoUsdPerMillion), NanoUsd.ToUsd(o.CacheWrite5mNanoUsdPerMillion),
        NanoUsd.ToUsd(o.CacheWrite1hNanoUsdPerMillion), NanoUsd.ToUsd(o.OutputNanoUsdPerMillion), null);

    /// <summary>Each step is tried only while the catalog has not matched at an earlier one.</summary>
    private IReadOnlyList<PriceRow> OverridesInEffect(string modelId, CatalogMatch catalogMatch, DateTime at)
    {
        if (_overridesByModel.Count == 0) return [];
        var found = InEffect(_overridesByModel, modelId, at);
        if (found.Count == 0 && catalogMatch.Kind is not PriceMatch.Exact)
        {
            var normalised = ModelIds.Normalise(modelId);
            found = InEffect(_overridesByNormalisedModel, normalised, at);
            if (found.Count == 0 && catalogMatch.Kind is not PriceMatch.Alias && ModelIds.ReleaseOf(normalised) is { } release)
                found = InEffect(_overridesByNormalisedModel, release.Family, at);
        }
        return found.Count == 0 && catalogMatch.Model is { } catalogModel ? InEffect(_overridesByModel, catalogModel, at) : found;
    }

    private static IReadOnlyList<PriceRow> InEffect(Dictionary<string, List<PriceRow>> overrides, string key, DateTime at) =>
        overrides.TryGetValue(key, out var rows) ? PriceCatalog.LatestInEffect(rows, r => r.Price.EffectiveFrom, at) : [];
}
