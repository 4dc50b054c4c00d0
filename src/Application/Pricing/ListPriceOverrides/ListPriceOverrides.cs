namespace AIntops.Application.Pricing.ListPriceOverrides;

public sealed record ListPriceOverridesQuery : IRequest<IReadOnlyList<PriceOverrideDto>>;

public sealed class ListPriceOverridesHandler(IAppDbContext db, PriceCatalog catalog)
    : IRequestHandler<ListPriceOverridesQuery, IReadOnlyList<PriceOverrideDto>>
{
    public async Task<IReadOnlyList<PriceOverrideDto>> Handle(ListPriceOverridesQuery request, CancellationToken cancellationToken) =>
        (await db.PriceOverrides.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(o => o.Provider, StringComparer.Ordinal).ThenBy(o => o.Model, StringComparer.Ordinal).ThenBy(o => o.EffectiveFrom)
            .Select(o => PriceOverrideDto.From(o, catalog)).ToList();
}
