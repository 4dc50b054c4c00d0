using AIntops.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Providers.Sync;

/// <summary>
/// What the scheduled jobs run: every organization's connections, or one connection, each in its
/// own scope with the organization as explicit tenant.
/// </summary>
public sealed class ProviderSyncRunner(IServiceScopeFactory scopes, ILogger<ProviderSyncRunner> logger)
{
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        var connections = await InScopeAsync(null, (db, _) =>
            // The one query across organizations: which connections exist at all.
            db.ProviderConnections.IgnoreQueryFilters().AsNoTracking()
                .OrderBy(c => c.OrganizationId).ThenBy(c => c.CreatedAt)
                .Select(c => new { c.OrganizationId, c.Id }).ToListAsync(cancellationToken));
        foreach (var connection in connections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SyncOneAsync(connection.OrganizationId, connection.Id, alreadyClaimed: false, cancellationToken);
        }
    }

    /// <param name="alreadyClaimed">The request that asked for this sync has claimed the connection (connect, sync now).</param>
    public Task SyncOneAsync(Guid organizationId, Guid connectionId, bool alreadyClaimed, CancellationToken cancellationToken) =>
        InScopeAsync(organizationId, async (_, scope) =>
        {
            var sync = scope.GetRequiredService<ProviderSync>();
            if (!alreadyClaimed && !await sync.TryClaimAsync(connectionId, cancellationToken)) return 0;
            try
            {
                await sync.RunClaimedAsync(connectionId, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Provider connection {ConnectionId} changed or was disconnected during its sync", connectionId);
            }
            return 0;
        });

    private async Task<T> InScopeAsync<T>(Guid? organizationId, Func<IAppDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = organizationId is { } id ? db.UseOrganization(id) : null;
        return await work(db, scope.ServiceProvider);
    }
}
