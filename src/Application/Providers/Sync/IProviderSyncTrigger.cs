namespace AIntops.Application.Providers.Sync;

/// <summary>Runs one connection's sync in the background, on the scheduler (so it runs once even with several API instances).</summary>
public interface IProviderSyncTrigger
{
    Task TriggerAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken);
}
