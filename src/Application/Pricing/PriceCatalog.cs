using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AIntops.Application.Pricing;

/// <summary>
/// Resolves a model id (aliases, provider prefixes, Bedrock and Vertex ids) to its dated price and
/// computes the cost of a call in nano-USD. Unknown models are reported as such, never as $0.
/// </summary>
public sealed class PriceCatalog
{
    private const int MaxCachedIds = 10_000;
    private readonly IReadOnlyList<ModelEntry> _entries;
    private readonly ConcurrentDictionary<string, ModelEntry?> _byId = new(StringComparer.Ordinal);

    public PriceCatalog(IEnumerable<ModelPrice> prices)
    {
        Prices = prices.ToList();
        _entries = Prices.GroupBy(p => p.Model)
            .Select(g => new ModelEntry(new Regex(g.First().MatchPattern.Replace("(?i)", ""), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), g.ToList()))
            .ToList();
    }

    public IReadOnlyList<ModelPrice> Prices { get; }

    public ModelPrice? Find(string modelId, DateTime at, long inputTokens = 0)
    {
        var entry = Resolve(modelId);
        if (entry is null) return null;
        var dated = entry.Rows.Where(r => (r.EffectiveFrom ?? DateTime.MinValue) <= at).ToList();
        if (dated.Count == 0) return null;
        var latest = dated.Max(r => r.EffectiveFrom ?? DateTime.MinValue);
        var current = dated.Where(r => (r.EffectiveFrom ?? DateTime.MinValue) == latest).ToList();
        return current.Where(r => r.InputTokensAbove is { } above && inputTokens > above).MaxBy(r => r.InputTokensAbove)
            ?? current.FirstOrDefault(r => r.InputTokensAbove is null);
    }

    public PricedCost Price(string modelId, DateTime at, TokenUsage usage)
    {
        var price = Find(modelId, at, usage.InputTokens);
        return price is null ? new PricedCost(0, false, null) : new PricedCost(Cost(price, usage), true, price.Model);
    }

    public static long Cost(ModelPrice price, TokenUsage usage)
    {
        decimal usdPerMillion;
        if (price is { Total: { } total, Input: null, Output: null })
            usdPerMillion = (usage.TotalTokens ?? usage.InputTokens + usage.OutputTokens) * total;
        else
        {
            var input = price.Input ?? 0;
            usdPerMillion = usage.UncachedInputTokens * input
                + usage.CachedInputTokens * (price.CachedInput ?? input)
                + usage.CacheWriteTokens * (price.CacheWrite5m ?? input)
                + usage.OutputTokens * (price.Output ?? 0);
        }
        return (long)Math.Round(usdPerMillion * 1000m, MidpointRounding.AwayFromZero);
    }

    private ModelEntry? Resolve(string modelId)
    {
        if (_byId.TryGetValue(modelId, out var cached)) return cached;
        var found = _entries.FirstOrDefault(e => e.Pattern.IsMatch(modelId));
        if (_byId.Count < MaxCachedIds) _byId[modelId] = found;
        return found;
    }

    private sealed record ModelEntry(Regex Pattern, IReadOnlyList<ModelPrice> Rows);
}
