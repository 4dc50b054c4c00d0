using AIntops.Domain.Pricing;

namespace AIntops.Application.Pricing;

/// <summary>An organization's negotiated price; prices in USD per 1M tokens.</summary>
/// <param name="MatchPattern">The model ids it prices as sent: the catalog model's pattern, or exactly <paramref name="Model"/>
/// (normalised and dated spellings of that id are priced too, see <see cref="OrganizationPriceList"/>).</param>
public sealed record PriceOverrideDto(
    Guid Id, string Provider, string Model, string MatchPattern, DateTime EffectiveFrom,
    decimal Input, decimal? CachedInput, decimal? CacheWrite5m, decimal? CacheWrite1h, decimal Output, DateTime UpdatedAt)
{
    public static PriceOverrideDto From(PriceOverride o, PriceCatalog catalog) => new(
        o.Id, o.Provider, o.Model, OrganizationPriceList.MatchPatternFor(catalog, o.Model), o.EffectiveFrom,
        NanoUsd.ToUsd(o.InputNanoUsdPerMillion), NanoUsd.ToUsd(o.CachedInputNanoUsdPerMillion), NanoUsd.ToUsd(o.CacheWrite5mNanoUsdPerMillion),
        NanoUsd.ToUsd(o.CacheWrite1hNanoUsdPerMillion), NanoUsd.ToUsd(o.OutputNanoUsdPerMillion), o.UpdatedAt);
}
