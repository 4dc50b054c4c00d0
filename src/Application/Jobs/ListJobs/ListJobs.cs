using AIntops.Domain.Insights;

namespace AIntops.Application.Jobs.ListJobs;

public sealed record ListJobsQuery : IRequest<JobList>;

public sealed record JobList(IReadOnlyList<JobStatusDto> Jobs);

/// <param name="Key">group.name of the scheduled job.</param>
/// <param name="NextRunAt">Null for a job that runs only on demand (e.g. one connection's sync).</param>
/// <param name="LastOutcome">running, ok or failed (the run as a whole, or its work for this organization); null when it has not run yet.</param>
/// <param name="LastError">Why the last run failed for this organization; other organizations' failures are never shown.</param>
/// <param name="LastInstance">The API instance that ran it.</param>
public sealed record JobStatusDto(string Key, string Description, DateTime? NextRunAt, DateTime? LastStartedAt, DateTime? LastFinishedAt,
    long? LastDurationMs, string? LastOutcome, string? LastError, string? LastInstance);

/// <summary>Every job's schedule and last run, with the failures of the caller's organization only.</summary>
public sealed class ListJobsHandler(IAppDbContext db, IJobSchedule schedule) : IRequestHandler<ListJobsQuery, JobList>
{
    /// <summary>A run that failed as a whole keeps its error text in the server log: it may be about any organization's data.</summary>
    public const string RunFailed = "The run failed before it finished; the server log has the details.";

    public async Task<JobList> Handle(ListJobsQuery request, CancellationToken cancellationToken)
    {
        var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.JobKey, cancellationToken);
        var failures = (await db.JobFailures.AsNoTracking().OrderBy(f => f.FailedAt).ToListAsync(cancellationToken))
            .GroupBy(f => f.JobKey).ToDictionary(g => g.Key, g => g.Last().Error);
        var jobs = (await schedule.JobsAsync(cancellationToken)).OrderBy(j => j.Key, StringComparer.Ordinal).Select(job =>
        {
            var run = runs.GetValueOrDefault(job.Key);
            var failure = failures.GetValueOrDefault(job.Key);
            var outcome = run?.LastOutcome == JobOutcomes.Ok && failure is not null ? JobOutcomes.Failed : run?.LastOutcome;
            return new JobStatusDto(job.Key, job.Description, job.NextRunAt, run?.LastStartedAt, run?.LastFinishedAt, run?.LastDurationMs, outcome,
                failure ?? (run?.LastOutcome == JobOutcomes.Failed ? RunFailed : null), run?.LastInstance);
        });
        return new JobList(jobs.ToList());
    }
}
