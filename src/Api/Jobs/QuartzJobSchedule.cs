using AIntops.Application.Jobs;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>The scheduler's jobs with the earliest next fire time of their triggers.</summary>
public sealed class QuartzJobSchedule(ISchedulerFactory schedulers) : IJobSchedule
{
    public async Task<IReadOnlyList<ScheduledJob>> JobsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var next = (await scheduler.GetTriggersOfJob(key, cancellationToken)).Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            jobs.Add(new ScheduledJob(JobRunListener.KeyOf(key), detail?.Description ?? key.Name, next?.UtcDateTime));
        }
        return jobs;
    }
}
