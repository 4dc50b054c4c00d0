namespace AIntops.Domain.Pricing;

/// <summary>
/// An organization's negotiated price for one model from <see cref="EffectiveFrom"/> on. It wins over the
/// bundled catalog for that organization. Prices are nano-USD per 1M tokens.
/// </summary>
public sealed class PriceOverride : IOrganizationScoped
{
    private PriceOverride() { }

    public PriceOverride(Guid organizationId, string provider, string model, DateTime effectiveFrom, OverridePrices prices, DateTime now)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Model = model;
        EffectiveFrom = effectiveFrom;
        Reprice(provider, prices, now);
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Provider { get; private set; } = "";
    /// <summary>A catalog model name (then it covers every id the catalog matches to it) or one exact model id.</summary>
    public string Model { get; private set; } = "";
    public DateTime EffectiveFrom { get; private set; }
    public long InputNanoUsdPerMillion { get; private set; }
    public long? CachedInputNanoUsdPerMillion { get; private set; }
    public long? CacheWrite5mNanoUsdPerMillion { get; private set; }
    public long? CacheWrite1hNanoUsdPerMillion { get; private set; }
    public long OutputNanoUsdPerMillion { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Reprice(string provider, OverridePrices prices, DateTime now)
    {
        Provider = provider;
        InputNanoUsdPerMillion = prices.Input;
        CachedInputNanoUsdPerMillion = prices.CachedInput;
        CacheWrite5mNanoUsdPerMillion = prices.CacheWrite5m;
        CacheWrite1hNanoUsdPerMillion = prices.CacheWrite1h;
        OutputNanoUsdPerMillion = prices.Output;
        UpdatedAt = now;
    }
}

/// <summary>Prices per token kind in nano-USD per 1M tokens; a missing kind is charged at the input price.</summary>
public readonly record struct OverridePrices(long Input, long? CachedInput, long? CacheWrite5m, long? CacheWrite1h, long Output);
