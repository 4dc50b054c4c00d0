using AIntops.Application.Providers.Sync;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>One connection's sync that a request claimed (connect, new key, sync now); each trigger names its connection.</summary>
public sealed class ProviderConnectionSyncJob(ProviderSyncRunner runner) : IJob
{
    public static readonly JobKey Key = new("provider-connection-sync", "providers");
    public const string OrganizationIdKey = "organizationId";
    public const string ConnectionIdKey = "connectionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        context.Result = await runner.SyncOneAsync(Guid.Parse(data.GetString(OrganizationIdKey)!), Guid.Parse(data.GetString(ConnectionIdKey)!),
            alreadyClaimed: true, cancellationToken);
    }
}
