using AIntops.Domain.Providers;

namespace AIntops.Application.Providers;

public static class ProviderConnectionLookup
{
    public static async Task<ProviderConnection> FindProviderConnectionAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ProviderConnections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException(NotFound);

    /// <summary>The connection as stored now (after conditional updates that bypass tracked entities).</summary>
    public static async Task<ProviderConnectionDto> ProviderConnectionDtoAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ProviderConnections.AsNoTracking().Where(c => c.Id == id).Select(ProviderConnectionDto.Projection).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(NotFound);

    private const string NotFound = "No provider connection with that id in this organization.";
}
