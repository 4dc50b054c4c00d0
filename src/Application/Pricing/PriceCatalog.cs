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
    private readonly Dictionary<string, ModelEntry> _byModel;
    private readonly ConcurrentDictionary<string, ModelEntry?> _byId = new(StringComparer.Ordinal);

    public PriceCatalog(IEnumerable<ModelPrice> prices)
    {
        Prices = prices.ToList();
        _entries = Prices.GroupBy(p => p.Model)
            .Select(g => new ModelEntry(new Regex(g.First().MatchPattern.Replace("(?i)", ""), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), g.ToList()))
            .ToList();
        _byModel = _entries.GroupBy(e => e.Rows[0].Model, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ModelPrice> Prices { get; }

    public ModelPrice? Find(string modelId, DateTime at, long inputTokens = 0) => Tier(RowsInEffect(modelId, at), inputTokens);

    /// <summary>The rows that price <paramref name="modelId"/> at <paramref name="at"/>: the standard and long-context tiers of the latest date in effect.</summary>
    public IReadOnlyList<ModelPrice> RowsInEffect(string modelId, DateTime at) =>
        Resolve(modelId) is { } entry ? LatestInEffect(entry.Rows, p => p.EffectiveFrom, at) : [];

    /// <summary>The catalog model name <paramref name="modelId"/> resolves to, or null when no pattern matches it.</summary>
    public string? ModelOf(string modelId) => Resolve(modelId)?.Rows[0].Model;

    /// <summary>The rows of the catalog model named <paramref name="model"/> (case-insensitive); empty when there is none.</summary>
    public IReadOnlyList<ModelPrice> RowsOfModel(string model) => _byModel.TryGetValue(model, out var entry) ? entry.Rows : [];

    public PricedCost Price(string modelId, DateTime at, TokenUsage usage) => PricedCost.Of(Find(modelId, at, usage.InputTokens), usage);

    /// <summary>Of rows dated from <paramref name="effectiveFrom"/> (null = since always), those of the latest date not after <paramref name="at"/>.</summary>
    public static IReadOnlyList<T> LatestInEffect<T>(IEnumerable<T> rows, Func<T, DateTime?> effectiveFrom, DateTime at)
    {
        var dated = rows.Where(r => (effectiveFrom(r) ?? DateTime.MinValue) <= at).ToList();
        if (dated.Count == 0) return [];
        var latest = dated.Max(r => effectiveFrom(r) ?? DateTime.MinValue);
        return dated.Where(r => (effectiveFrom(r) ?? DateTime.MinValue) == latest).ToList();
    }

    /// <summary>The long-context tier a call of <paramref name="inputTokens"/> falls in, else the standard tier.</summary>
    public static ModelPrice? Tier(IReadOnlyList<ModelPrice> rows, long inputTokens) =>
        rows.Where(r => r.InputTokensAbove is { } above && inputTokens > above).MaxBy(r => r.InputTokensAbove)
        ?? rows.FirstOrDefault(r => r.InputTokensAbove is null);

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
