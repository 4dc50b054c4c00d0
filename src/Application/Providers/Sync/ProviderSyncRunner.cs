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
        var connections = new List<(Guid OrganizationId, Guid Id)>();
        await InScopeAsync(null, async (db, _) => connections.AddRange(
            // The one query across organizations: which connections exist at all.
            (await db.ProviderConnections.IgnoreQueryFilters().AsNoTracking()
                .OrderBy(c => c.OrganizationId).ThenBy(c => c.CreatedAt)
                .Select(c => new { c.OrganizationId, c.Id }).ToListAsync(cancellationToken))
            .Select(c => (c.OrganizationId, c.Id))));
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
            if (!alreadyClaimed && !await sync.TryClaimAsync(connectionId, cancellationToken)) return;
            try
            {
                await sync.RunClaimedAsync(connectionId, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Provider connection {ConnectionId} changed or was disconnected during its sync", connectionId);
            }
        });

    private async Task InScopeAsync(Guid? organizationId, Func<IAppDbContext, IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = organizationId is { } id ? db.UseOrganization(id) : null;
        await work(db, scope.ServiceProvider);
    }
}
