namespace AIntops.Application.Providers.ListProviders;

public sealed record ListProvidersQuery : IRequest<IReadOnlyList<ProviderConnectionDto>>;

public sealed class ListProvidersHandler(IAppDbContext db) : IRequestHandler<ListProvidersQuery, IReadOnlyList<ProviderConnectionDto>>
{
    public async Task<IReadOnlyList<ProviderConnectionDto>> Handle(ListProvidersQuery request, CancellationToken cancellationToken) =>
        await db.ProviderConnections.AsNoTracking().OrderBy(c => c.CreatedAt).Select(ProviderConnectionDto.Projection).ToListAsync(cancellationToken);
}
