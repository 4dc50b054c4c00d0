using AIntops.Application.Common;
using AIntops.Application.Common.Observability;
using AIntops.Application.Jobs;
using Quartz;
using Quartz.Extensibility;

namespace AIntops.Api.Jobs;

/// <summary>
/// Records every job's start and outcome in the database (<see cref="JobRunRecorder"/>), for GET /v1/system/jobs,
/// with the organizations it failed for (the <see cref="TenantRun"/> a job leaves as its result), counts it in the metrics and logs it
/// with the fire time it was scheduled for.
/// </summary>
public sealed class JobRunListener(JobRunRecorder recorder, TimeProvider clock, AppMetrics metrics, ILogger<JobRunListener> logger) : IJobListener
{
    public static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    public string Name => "job-runs";

    public static string KeyOf(JobKey key) => $"{key.Group}.{key.Name}";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.StartedAsync(KeyOf(context.JobDetail.Key), clock.GetUtcNow().UtcDateTime, Instance, cancellationToken);

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        var job = KeyOf(context.JobDetail.Key);
        var duration = context.JobRunTime;
        var error = jobException is null ? null : (jobException.InnerException ?? jobException).Message;
        metrics.JobRan(job, duration, error is null);
        var scheduledFor = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).ToString("O");
        if (error is null)
            logger.LogInformation("Job {Job} scheduled for {ScheduledFireTimeUtc} ran on {Instance} in {DurationMs} ms", job, scheduledFor, Instance, (long)duration.TotalMilliseconds);
        else
            logger.LogWarning("Job {Job} scheduled for {ScheduledFireTimeUtc} failed on {Instance} after {DurationMs} ms: {Error}", job, scheduledFor, Instance, (long)duration.TotalMilliseconds, error);
        await recorder.FinishedAsync(job, clock.GetUtcNow().UtcDateTime - duration, duration, error, (context.Result as TenantRun)?.Failures ?? [], Instance,
            cancellationToken);
    }
}
