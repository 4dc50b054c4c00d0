using AIntops.Application.Reports;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Sends each organization's weekly report once, after 08:00 on the Monday after the week in its time zone (checked every 15 minutes by default).</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyReportJob(WeeklyReportSchedule schedule) : IJob
{
    public static readonly JobKey Key = new("weekly-report", "reports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await schedule.SendDueAsync(cancellationToken);
}
