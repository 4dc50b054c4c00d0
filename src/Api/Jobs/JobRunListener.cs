using AIntops.Application.Jobs;
using Quartz;
using Quartz.Extensibility;

namespace AIntops.Api.Jobs;

/// <summary>Records every job's start and outcome in the database (<see cref="JobRunRecorder"/>), for GET /v1/system/jobs.</summary>
public sealed class JobRunListener(JobRunRecorder recorder, TimeProvider clock) : IJobListener
{
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    public string Name => "job-runs";

    public static string KeyOf(JobKey key) => $"{key.Group}.{key.Name}";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await recorder.StartedAsync(KeyOf(context.JobDetail.Key), clock.GetUtcNow().UtcDateTime, Instance, cancellationToken);

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        var duration = context.JobRunTime;
        var error = jobException is null ? null : (jobException.InnerException ?? jobException).Message;
        await recorder.FinishedAsync(KeyOf(context.JobDetail.Key), clock.GetUtcNow().UtcDateTime - duration, duration, error, Instance, cancellationToken);
    }
}
