namespace AIntops.Application.Providers.Sync;

/// <summary>Where a failed sync is reported; the notifications feature turns these into alerts.</summary>
public interface IProviderSyncAlerts
{
    Task SyncFailedAsync(ProviderSyncFailure failure, CancellationToken cancellationToken);
}

/// <param name="FirstFailure">The connection was healthy before this failure (alert once, not every hour).</param>
public sealed record ProviderSyncFailure(Guid OrganizationId, Guid ConnectionId, string Provider, string Name, bool KeyRefused, string Error, bool FirstFailure);
