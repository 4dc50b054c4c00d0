using System.Text.RegularExpressions;
using AIntops.Domain.Pricing;

namespace AIntops.Application.Pricing;

/// <summary>
/// The prices one organization pays: its overrides layered over the shared catalog. An override named
/// after a catalog model covers every id the catalog resolves to that model; any other override covers
/// exactly its model id (case-insensitive), and an exact override is preferred. From its effective date an
/// override wins over the catalog (all its long-context tiers included); before it, the catalog applies.
/// </summary>
public sealed class OrganizationPriceList
{
    private readonly PriceCatalog _catalog;
    private readonly Dictionary<string, List<PriceRow>> _overridesByModel;

    public OrganizationPriceList(PriceCatalog catalog, IEnumerable<PriceOverride> overrides)
    {
        _catalog = catalog;
        Overrides = overrides.Select(o => new PriceRow(ToModelPrice(catalog, o), o.Id)).ToList();
        _overridesByModel = Overrides.GroupBy(r => r.Price.Model, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<PriceRow> Overrides { get; }

    /// <summary>Every catalog row and every override.</summary>
    public IEnumerable<PriceRow> AllRows => _catalog.Prices.Select(p => new PriceRow(p, null)).Concat(Overrides);

    /// <summary>The rows that price <paramref name="modelId"/> at <paramref name="at"/>; empty when its price is unknown.</summary>
    public IReadOnlyList<PriceRow> RowsInEffect(string modelId, DateTime at)
    {
        var overrides = OverridesInEffect(modelId, at);
        return overrides.Count > 0 ? overrides : _catalog.RowsInEffect(modelId, at).Select(p => new PriceRow(p, null)).ToList();
    }

    /// <summary>The cost of one call; unknown models are flagged, never priced at $0.</summary>
    public PricedCost PriceEvent(string modelId, DateTime at, TokenUsage usage)
    {
        if (_overridesByModel.Count == 0) return _catalog.Price(modelId, at, usage);
        var overrides = OverridesInEffect(modelId, at);
        return overrides.Count > 0 ? PricedCost.Of(overrides[0].Price, usage) : _catalog.Price(modelId, at, usage);
    }

    /// <summary>What an override of <paramref name="model"/> matches: the catalog model's pattern, or exactly that id.</summary>
    public static string MatchPatternFor(PriceCatalog catalog, string model) =>
        catalog.RowsOfModel(model) is [var row, ..] ? row.MatchPattern : $"(?i)^{Regex.Escape(model)}$";

    public static ModelPrice ToModelPrice(PriceCatalog catalog, PriceOverride o) => new(
        o.Provider, o.Model, MatchPatternFor(catalog, o.Model), o.EffectiveFrom, null,
        NanoUsd.ToUsd(o.InputNanoUsdPerMillion), NanoUsd.ToUsd(o.CachedInputNanoUsdPerMillion), NanoUsd.ToUsd(o.CacheWrite5mNanoUsdPerMillion),
        NanoUsd.ToUsd(o.CacheWrite1hNanoUsdPerMillion), NanoUsd.ToUsd(o.OutputNanoUsdPerMillion), null);

    private IReadOnlyList<PriceRow> OverridesInEffect(string modelId, DateTime at)
    {
        var exact = InEffect(modelId, at);
        return exact.Count > 0 || _catalog.ModelOf(modelId) is not { } catalogModel ? exact : InEffect(catalogModel, at);
    }

    private IReadOnlyList<PriceRow> InEffect(string model, DateTime at) =>
        _overridesByModel.TryGetValue(model, out var rows) ? PriceCatalog.LatestInEffect(rows, r => r.Price.EffectiveFrom, at) : [];
}
