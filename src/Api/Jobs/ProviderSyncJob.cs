using AIntops.Application.Providers.Sync;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Every organization's provider connections, one after another (hourly by default).</summary>
[DisallowConcurrentExecution]
public sealed class ProviderSyncJob(ProviderSyncRunner runner) : IJob
{
    public static readonly JobKey Key = new("provider-sync", "providers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await runner.SyncAllAsync(cancellationToken);
}
