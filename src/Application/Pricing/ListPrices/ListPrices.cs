using AIntops.Domain.Ingest;

namespace AIntops.Application.Pricing.ListPrices;

/// <param name="Provider">Only rows of this provider (case-insensitive).</param>
/// <param name="Model">A model id to resolve: only the rows that would price it now.</param>
public sealed record ListPricesQuery(string? Provider = null, string? Model = null) : IRequest<IReadOnlyList<PriceDto>>;

/// <summary>One price row as this organization sees it; prices in USD per 1M tokens.</summary>
public sealed record PriceDto
{
    /// <summary>"catalog" (bundled) or "override" (this organization's negotiated price).</summary>
    public required string Source { get; init; }

    /// <summary>The override's id, for source "override".</summary>
    public required Guid? OverrideId { get; init; }

    public required string Provider { get; init; }
    public required string Model { get; init; }

    /// <summary>The .NET regex of model ids the row prices.</summary>
    public required string MatchPattern { get; init; }

    /// <summary>From when the row applies; null = since always.</summary>
    public required DateTime? EffectiveFrom { get; init; }

    /// <summary>Long-context tier: applies to calls with more input tokens than this; null = standard tier.</summary>
    public required long? InputTokensAbove { get; init; }

    public required decimal? Input { get; init; }
    public required decimal? CachedInput { get; init; }
    public required decimal? CacheWrite5m { get; init; }
    public required decimal? CacheWrite1h { get; init; }
    public required decimal? Output { get; init; }

    /// <summary>Legacy models priced on total tokens only.</summary>
    public required decimal? Total { get; init; }

    /// <summary>With a model id to resolve: how it found this row (exact, alias, family or override); otherwise null.</summary>
    public required string? PriceMatch { get; init; }

    public static PriceDto From(PriceRow row, PriceMatch? match) => new()
    {
        Source = row.Source,
        OverrideId = row.OverrideId,
        Provider = row.Price.Provider,
        Model = row.Price.Model,
        MatchPattern = row.Price.MatchPattern,
        EffectiveFrom = row.Price.EffectiveFrom,
        InputTokensAbove = row.Price.InputTokensAbove,
        Input = row.Price.Input,
        CachedInput = row.Price.CachedInput,
        CacheWrite5m = row.Price.CacheWrite5m,
        CacheWrite1h = row.Price.CacheWrite1h,
        Output = row.Price.Output,
        Total = row.Price.Total,
        PriceMatch = match?.Name(),
    };
}

public sealed class ListPricesValidator : AbstractValidator<ListPricesQuery>
{
    public ListPricesValidator()
    {
        RuleFor(q => q.Provider).MaximumLength(IngestLimits.DimensionMaxLength);
        RuleFor(q => q.Model).MaximumLength(IngestLimits.DimensionMaxLength);
    }
}

public sealed class ListPricesHandler(IAppDbContext db, OrganizationPrices prices, TimeProvider clock)
    : IRequestHandler<ListPricesQuery, IReadOnlyList<PriceDto>>
{
    public async Task<IReadOnlyList<PriceDto>> Handle(ListPricesQuery request, CancellationToken cancellationToken)
    {
        var list = await prices.LoadAsync(db, cancellationToken);
        var resolving = !string.IsNullOrEmpty(request.Model);
        var resolved = resolving ? list.Resolve(request.Model!, clock.GetUtcNow().UtcDateTime) : null;
        var rows = resolved?.Rows ?? list.AllRows.ToList();
        if (resolving && rows.Count == 0)
            throw new NotFoundException($"No price applies to model '{request.Model}' now: it matches no catalog model and no override of this organization. " +
                "Add an override with PUT /v1/prices/overrides/{provider}/{model}.");
        if (!string.IsNullOrEmpty(request.Provider))
        {
            var pricingProvider = rows.FirstOrDefault()?.Price.Provider;
            rows = rows.Where(r => string.Equals(r.Price.Provider, request.Provider, StringComparison.OrdinalIgnoreCase)).ToList();
            if (resolving && rows.Count == 0)
                throw new NotFoundException($"Model '{request.Model}' is priced under provider '{pricingProvider}', not '{request.Provider}'.");
        }
        return rows.OrderBy(r => r.Price.Provider, StringComparer.Ordinal).ThenBy(r => r.Price.Model, StringComparer.Ordinal)
            .ThenBy(r => r.Price.EffectiveFrom).ThenBy(r => r.Price.InputTokensAbove).ThenBy(r => r.Source, StringComparer.Ordinal)
            .Select(r => PriceDto.From(r, resolved?.Match)).ToList();
    }
}
