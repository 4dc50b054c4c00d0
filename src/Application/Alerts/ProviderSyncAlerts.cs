using AIntops.Application.Alerts.Raising;
using AIntops.Application.Providers.Sync;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Alerts;

/// <summary>
/// A failed sync becomes a provider_sync_failure alert once per failure episode: when a healthy
/// connection fails (later failures of the same episode are already on the connection). The key
/// carries the hour, so an episode that recovers and fails again within the hour is the same alert.
/// </summary>
public sealed class ProviderSyncAlerts(AlertRaiser alerts, TimeProvider clock) : IProviderSyncAlerts
{
    public async Task SyncFailedAsync(ProviderSyncFailure failure, CancellationToken cancellationToken)
    {
        if (!failure.FirstFailure) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var message = failure.KeyRefused
            ? $"{failure.Error} Until the key is replaced, no usage or cost is synced from this connection."
            : $"{failure.Error} The next hourly sync tries again; \"Sync now\" on the connection retries at once.";
        await alerts.RaiseAsync(new NewAlert(failure.OrganizationId, AlertTypes.ProviderSyncFailure,
            failure.KeyRefused ? AlertSeverity.Critical : AlertSeverity.Warning,
            $"Sync of {failure.Name} failed", message,
            $"{AlertTypes.ProviderSyncFailure}:{failure.ConnectionId:N}:{now:yyyyMMddHH}",
            new AlertLinks(ProviderConnectionId: failure.ConnectionId)), cancellationToken);
    }
}
