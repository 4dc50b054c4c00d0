namespace AIntops.Application.Pricing;

/// <summary>How a model id found its price (docs/adr/0019-model-id-resolution.md).</summary>
public enum PriceMatch
{
    /// <summary>No override and no catalog model prices the id.</summary>
    Unpriced,

    /// <summary>A catalog pattern matches the id as sent.</summary>
    Exact,

    /// <summary>A catalog pattern matches the normalised id (<see cref="ModelIds.Normalise"/>).</summary>
    Alias,

    /// <summary>The family's price: the id without its date or <c>-latest</c>, else the family's newest dated catalog model.</summary>
    Family,

    /// <summary>One of the organization's price overrides.</summary>
    Override,
}

public static class PriceMatchNames
{
    /// <summary>The name the API uses: exact, alias, family, override or unpriced.</summary>
    public static string Name(this PriceMatch match) => match.ToString().ToLowerInvariant();
}

/// <summary>The catalog model a model id resolves to (null when unpriced) and how.</summary>
public readonly record struct CatalogMatch(string? Model, PriceMatch Kind);

/// <summary>The rows that price a model id at one time (empty when unpriced) and how the id found them.</summary>
public sealed record ResolvedPrices(IReadOnlyList<PriceRow> Rows, PriceMatch Match);
