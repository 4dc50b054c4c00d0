using AIntops.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Providers.Sync;

/// <summary>
/// What the scheduled jobs run: every organization's connections, or one connection, each in its
/// own scope with the organization as explicit tenant and in its own error boundary.
/// </summary>
public sealed class ProviderSyncRunner(IServiceScopeFactory scopes, ILogger<ProviderSyncRunner> logger)
{
    /// <returns>How many connections were synced, and the connections whose sync failed outside the provider's answer.</returns>
    public Task<TenantRun> SyncAllAsync(CancellationToken cancellationToken) =>
        scopes.ForEachAsync(
            // The one query across organizations: which connections exist at all.
            async db => (await db.ProviderConnections.IgnoreQueryFilters().AsNoTracking()
                    .OrderBy(c => c.OrganizationId).ThenBy(c => c.CreatedAt)
                    .Select(c => new { c.OrganizationId, c.Id }).ToListAsync(cancellationToken))
                .Select(c => new TenantItem(c.OrganizationId, c.Id)).ToList(),
            (services, item) => SyncAsync(services, item.ItemId!.Value, alreadyClaimed: false, cancellationToken),
            logger, cancellationToken);

    /// <param name="alreadyClaimed">The request that asked for this sync has claimed the connection (connect, sync now).</param>
    public Task<TenantRun> SyncOneAsync(Guid organizationId, Guid connectionId, bool alreadyClaimed, CancellationToken cancellationToken) =>
        scopes.ForEachAsync([new TenantItem(organizationId, connectionId)], (services, _) => SyncAsync(services, connectionId, alreadyClaimed, cancellationToken), logger, cancellationToken);

    private async Task<int> SyncAsync(IServiceProvider services, Guid connectionId, bool alreadyClaimed, CancellationToken cancellationToken)
    {
        var sync = services.GetRequiredService<ProviderSync>();
        if (!alreadyClaimed && !await sync.TryClaimAsync(connectionId, cancellationToken)) return 0;
        try
        {
            await sync.RunClaimedAsync(connectionId, cancellationToken);
            return 1;
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "Provider connection {ConnectionId} changed or was disconnected during its sync", connectionId);
            return 0;
        }
    }
}
