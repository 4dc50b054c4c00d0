using AIntops.Application.Pricing;

namespace AIntops.MockProviders.Synthetic;

public enum TokenKind { UncachedInput, CacheRead, CacheWrite5m, CacheWrite1h, Output }

/// <summary>The cost of one token kind of one series over one bucket.</summary>
public readonly record struct PricedLine(TokenKind Kind, long Tokens, long CostNanoUsd);

/// <summary>Prices mock usage with the product's bundled catalog, so mock costs are usage × catalog prices.</summary>
public sealed class MockPrices(PriceCatalog catalog)
{
    public IEnumerable<PricedLine> Lines(UsageSeries series, TokenCounts usage, DateTimeOffset at)
    {
        var price = catalog.Find(series.Model ?? "", at.UtcDateTime)
            ?? throw new InvalidOperationException($"The mock series model '{series.Model}' has no catalog price.");
        var input = price.Input ?? 0;
        (TokenKind Kind, long Tokens, decimal UsdPerMillion)[] lines =
        [
            (TokenKind.UncachedInput, usage.UncachedInput, input),
            (TokenKind.CacheRead, usage.CacheRead, price.CachedInput ?? input),
            (TokenKind.CacheWrite5m, usage.CacheWrite5m, price.CacheWrite5m ?? input),
            (TokenKind.CacheWrite1h, usage.CacheWrite1h, price.CacheWrite1h ?? input),
            (TokenKind.Output, usage.Output, price.Output ?? 0),
        ];
        return lines.Where(l => l.Tokens > 0)
            .Select(l => new PricedLine(l.Kind, l.Tokens, (long)Math.Round(l.Tokens * l.UsdPerMillion * 1000m, MidpointRounding.AwayFromZero)));
    }
}
