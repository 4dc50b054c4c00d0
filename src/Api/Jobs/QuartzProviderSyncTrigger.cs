using AIntops.Application.Providers.Sync;
using Quartz;

namespace AIntops.Api.Jobs;

public sealed class QuartzProviderSyncTrigger(ISchedulerFactory schedulers) : IProviderSyncTrigger
{
    public async Task TriggerAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .ForJob(ProviderConnectionSyncJob.Key)
            .UsingJobData(ProviderConnectionSyncJob.OrganizationIdKey, organizationId.ToString())
            .UsingJobData(ProviderConnectionSyncJob.ConnectionIdKey, connectionId.ToString())
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
    }
}
