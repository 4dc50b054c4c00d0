namespace AIntops.Application.Jobs;

/// <param name="Key">group.name, as job runs are recorded.</param>
/// <param name="NextRunAt">The earliest next fire time of its triggers; null for a job that runs only on demand.</param>
public sealed record ScheduledJob(string Key, string Description, DateTime? NextRunAt);

/// <summary>The scheduler's jobs and their next fire times (Quartz in the API host).</summary>
public interface IJobSchedule
{
    Task<IReadOnlyList<ScheduledJob>> JobsAsync(CancellationToken cancellationToken);
}
