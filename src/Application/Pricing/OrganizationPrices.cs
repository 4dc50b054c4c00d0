using AIntops.Application.Common.Caching;
using AIntops.Domain.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Pricing;

/// <summary>
/// Per-organization price lists for the ingest hot path, which must not query per event: each
/// organization's overrides are read at most once per <see cref="RefreshInterval"/> (one shared read
/// for concurrent callers). Saving an override forgets the list on this instance at once; other
/// instances price with the new override within the interval (recalculation fixes events in between).
/// </summary>
public sealed class OrganizationPrices(PriceCatalog catalog, IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private const int MaxOrganizations = 100_000;
    private readonly LoadingCache<Guid, OrganizationPriceList> _lists =
        new LoadingCache<Guid, OrganizationPriceList>(MaxOrganizations, RefreshInterval, clock).ForgetOnSaveOf<PriceOverride>(invalidation, o => o.OrganizationId);

    public ValueTask<OrganizationPriceList> ForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken) =>
        _lists.GetAsync(organizationId, LoadAsync, cancellationToken);

    /// <summary>Reads the current overrides of <paramref name="db"/>'s organization, bypassing the cache.</summary>
    public async Task<OrganizationPriceList> LoadAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        new(catalog, await db.PriceOverrides.AsNoTracking().ToListAsync(cancellationToken));

    private async Task<OrganizationPriceList> LoadAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        return await LoadAsync(db, CancellationToken.None);
    }
}
