using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Pricing;

/// <summary>
/// Per-organization price lists for the ingest hot path, which must not query per event: each
/// organization's overrides are read at most once per <see cref="RefreshInterval"/> (one shared read
/// for concurrent callers). Changing an override forgets the list on this instance at once; other
/// instances price with the new override within the interval (recalculation fixes events in between).
/// </summary>
public sealed class OrganizationPrices(PriceCatalog catalog, IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private const int MaxOrganizations = 100_000;
    private readonly RecentlyUsedCache<Guid, CachedList> _lists = new(MaxOrganizations);

    public async ValueTask<OrganizationPriceList> ForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!_lists.TryGetValue(organizationId, out var cached) || now - cached.LoadedAt >= RefreshInterval)
        {
            var stale = cached;
            var fresh = new CachedList(now, new Lazy<Task<OrganizationPriceList>>(() => LoadAsync(organizationId)));
            // The entry is stored before its read starts, so a Forget after an override change always removes a read that may predate it.
            cached = _lists.AddOrUpdate(organizationId, _ => fresh, (_, current) => ReferenceEquals(current, stale) ? fresh : current);
        }
        try
        {
            return await cached.List.Value.WaitAsync(cancellationToken);
        }
        catch when (cached.List.Value.IsFaulted)
        {
            _lists.Remove(organizationId, cached);
            throw;
        }
    }

    /// <summary>Reads the current overrides of <paramref name="db"/>'s organization, bypassing the cache.</summary>
    public async Task<OrganizationPriceList> LoadAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        new(catalog, await db.PriceOverrides.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Call after changing an organization's overrides.</summary>
    public void Forget(Guid organizationId) => _lists.Remove(organizationId);

    private async Task<OrganizationPriceList> LoadAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        return await LoadAsync(db, CancellationToken.None);
    }

    private sealed record CachedList(DateTimeOffset LoadedAt, Lazy<Task<OrganizationPriceList>> List);
}
