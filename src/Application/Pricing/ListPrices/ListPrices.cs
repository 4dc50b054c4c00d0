using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;
using FluentValidation;
using MediatR;

namespace AIntops.Application.Pricing.ListPrices;

/// <param name="Provider">Only rows of this provider (case-insensitive).</param>
/// <param name="Model">A model id to resolve: only the rows that would price it now.</param>
public sealed record ListPricesQuery(string? Provider = null, string? Model = null) : IRequest<IReadOnlyList<PriceDto>>;

/// <summary>One price row as this organization sees it; prices in USD per 1M tokens.</summary>
/// <param name="Source">"catalog" (bundled) or "override" (this organization's negotiated price).</param>
/// <param name="OverrideId">The override's id, for source "override".</param>
/// <param name="MatchPattern">The .NET regex of model ids the row prices.</param>
/// <param name="EffectiveFrom">From when the row applies; null = since always.</param>
/// <param name="InputTokensAbove">Long-context tier: applies to calls with more input tokens than this; null = standard tier.</param>
/// <param name="Total">Legacy models priced on total tokens only.</param>
/// <param name="PriceMatch">With a model id to resolve: how it found this row (exact, alias, family or override); otherwise null.</param>
public sealed record PriceDto(
    string Source, Guid? OverrideId, string Provider, string Model, string MatchPattern, DateTime? EffectiveFrom, long? InputTokensAbove,
    decimal? Input, decimal? CachedInput, decimal? CacheWrite5m, decimal? CacheWrite1h, decimal? Output, decimal? Total, string? PriceMatch)
{
    public static PriceDto From(PriceRow row, PriceMatch? match) => new(row.Source, row.OverrideId, row.Price.Provider, row.Price.Model,
        row.Price.MatchPattern, row.Price.EffectiveFrom, row.Price.InputTokensAbove, row.Price.Input, row.Price.CachedInput, row.Price.CacheWrite5m,
        row.Price.CacheWrite1h, row.Price.Output, row.Price.Total, match?.Name());
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
