using AIntops.Domain.Providers;

namespace AIntops.Application.Providers.Sync;

/// <summary>How a request starts a sync: it claims the connection at once, so the answer already says "syncing", and the scheduler does the work.</summary>
public static class ProviderSyncRequest
{
    public static async Task<ProviderConnectionDto> StartAsync(IAppDbContext db, ProviderSync sync, IProviderSyncTrigger trigger,
        ProviderConnection connection, CancellationToken cancellationToken)
    {
        var claimed = await sync.TryClaimAsync(connection.Id, cancellationToken);
        // Read before triggering: a quick sync could otherwise finish before the answer is read.
        var state = await db.ProviderConnectionDtoAsync(connection.Id, cancellationToken);
        if (claimed) await trigger.TriggerAsync(connection.OrganizationId, connection.Id, cancellationToken);
        return state;
    }
}
