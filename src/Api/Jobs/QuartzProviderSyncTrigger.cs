using AIntops.Application.Providers.Sync;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>A one-off trigger of <see cref="ProviderConnectionSyncJob"/>, timed on the application's clock as the scheduler is.</summary>
public sealed class QuartzProviderSyncTrigger(ISchedulerFactory schedulers, TimeProvider clock) : IProviderSyncTrigger
{
    public async Task TriggerAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create(clock)
            .ForJob(ProviderConnectionSyncJob.Key)
            .UsingJobData(ProviderConnectionSyncJob.OrganizationIdKey, organizationId.ToString())
            .UsingJobData(ProviderConnectionSyncJob.ConnectionIdKey, connectionId.ToString())
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
    }
}
