using AIntops.Application.Common.Caching;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Ingest;

/// <summary>
/// Whether each organization stores request content, read only for events that carry some (the hot path without content never
/// asks), at most once per <see cref="RefreshInterval"/>. Saving the organization forgets it on this instance at once.
/// </summary>
public sealed class ContentSettings(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);
    private readonly LoadingCache<Guid, bool> _stores =
        new LoadingCache<Guid, bool>(100_000, RefreshInterval, clock).ForgetOnSaveOf<Organization>(invalidation, o => o.Id);

    public ValueTask<bool> StoresContentAsync(Guid organizationId, CancellationToken cancellationToken) =>
        _stores.GetAsync(organizationId, async id =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            return await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.StoreRequestContent).FirstOrDefaultAsync();
        }, cancellationToken);
}
