using System.Text.RegularExpressions;
using AIntops.Application.Common.Caching;

namespace AIntops.Application.Pricing;

/// <summary>
/// Resolves a model id to its dated price and computes the cost of a call in nano-USD. An id is matched
/// against the catalog patterns as sent, then normalised (<see cref="ModelIds"/>), then as its family
/// (docs/adr/0019-model-id-resolution.md). Unknown models are reported as such, never as $0.
/// </summary>
public sealed class PriceCatalog
{
    private const int MaxCachedIds = 10_000;

    /// <summary>
    /// How long one pattern may take on one id: ids are chosen by callers, and a pattern that backtracks must not hold a thread. Far above
    /// what a match takes (microseconds), because the clock runs while a busy machine has the thread waiting.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly Resolution Unpriced = new(null, PriceMatch.Unpriced);
    private readonly IReadOnlyList<ModelEntry> _entries;
    private readonly Dictionary<string, ModelEntry> _byModel;
    private readonly Dictionary<string, ModelEntry?> _newestOfFamily;
    private readonly RecentlyUsedCache<string, Resolution> _byId = new(MaxCachedIds, StringComparer.Ordinal);

    public PriceCatalog(IEnumerable<ModelPrice> prices)
    {
        Prices = prices.ToList();
        _entries = Prices.GroupBy(p => p.Model)
            .Select(g => new ModelEntry(new Regex(g.First().MatchPattern.Replace("(?i)", ""), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                MatchTimeout), g.ToList()))
            .ToList();
        _byModel = _entries.GroupBy(e => e.Rows[0].Model, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _newestOfFamily = NewestOfFamily(_entries);
    }

    public IReadOnlyList<ModelPrice> Prices { get; }

    public ModelPrice? Find(string modelId, DateTime at, long inputTokens = 0) => Tier(RowsInEffect(modelId, at), inputTokens);

    /// <summary>The rows that price <paramref name="modelId"/> at <paramref name="at"/>: the standard and long-context tiers of the latest date in effect.</summary>
    public IReadOnlyList<ModelPrice> RowsInEffect(string modelId, DateTime at) =>
        Resolve(modelId).Entry is { } entry ? LatestInEffect(entry.Rows, p => p.EffectiveFrom, at) : [];

    /// <summary>The catalog model name <paramref name="modelId"/> resolves to, or null when it resolves to none.</summary>
    public string? ModelOf(string modelId) => Resolve(modelId).Entry?.Rows[0].Model;

    /// <summary>The catalog model <paramref name="modelId"/> resolves to and by which step.</summary>
    public CatalogMatch Match(string modelId)
    {
        var resolution = Resolve(modelId);
        return new CatalogMatch(resolution.Entry?.Rows[0].Model, resolution.Match);
    }

    /// <summary>The rows of the catalog model named <paramref name="model"/> (case-insensitive); empty when there is none.</summary>
    public IReadOnlyList<ModelPrice> RowsOfModel(string model) => _byModel.TryGetValue(model, out var entry) ? entry.Rows : [];

    public PricedCost Price(string modelId, DateTime at, TokenUsage usage)
    {
        var resolution = Resolve(modelId);
        var rows = resolution.Entry is { } entry ? LatestInEffect(entry.Rows, p => p.EffectiveFrom, at) : [];
        return PricedCost.Of(Tier(rows, usage.InputTokens), usage, resolution.Match);
    }

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

    private Resolution Resolve(string modelId)
    {
        if (_byId.TryGetValue(modelId, out var cached)) return cached;
        try
        {
            var found = ResolveUncached(modelId);
            _byId.Set(modelId, found);
            return found;
        }
        catch (RegexMatchTimeoutException)
        {
            return Unpriced;
        }
    }

    /// <remarks>For the id as sent the first matching pattern wins, so ids the patterns price keep their price; the later steps must match one model only.</remarks>
    private Resolution ResolveUncached(string modelId)
    {
        if (_entries.FirstOrDefault(e => e.Pattern.IsMatch(modelId)) is { } exact) return new(exact, PriceMatch.Exact);
        var id = ModelIds.Normalise(modelId);
        switch (Matching(id))
        {
            case [var alias]: return new(alias, PriceMatch.Alias);
            case [_, _, ..]: return Unpriced;
        }
        var family = ModelIds.ReleaseOf(id)?.Family ?? id;
        if (family != id)
            switch (Matching(family))
            {
                case [var undated]: return new(undated, PriceMatch.Family);
                case [_, _, ..]: return Unpriced;
            }
        return _newestOfFamily.GetValueOrDefault(family) is { } newest ? new(newest, PriceMatch.Family) : Unpriced;
    }

    private List<ModelEntry> Matching(string id) => _entries.Where(e => e.Pattern.IsMatch(id)).ToList();

    /// <summary>Per family, the catalog model with the newest release date in its name; null when two share that date.</summary>
    private static Dictionary<string, ModelEntry?> NewestOfFamily(IEnumerable<ModelEntry> entries) =>
        entries.Select(e => (Entry: e, Release: ModelIds.ReleaseOf(ModelIds.Normalise(e.Rows[0].Model))))
            .Where(x => x.Release is { Date: not null })
            .GroupBy(x => x.Release!.Value.Family)
            .ToDictionary(g => g.Key, g =>
            {
                var newest = g.GroupBy(x => x.Release!.Value.Date).MaxBy(d => d.Key, StringComparer.Ordinal)!.ToList();
                return newest.Count == 1 ? newest[0].Entry : null;
            });

    private readonly record struct Resolution(ModelEntry? Entry, PriceMatch Match);

    private sealed record ModelEntry(Regex Pattern, IReadOnlyList<ModelPrice> Rows);
}
