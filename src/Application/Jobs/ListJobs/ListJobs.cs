using AIntops.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Jobs.ListJobs;

public sealed record ListJobsQuery : IRequest<JobList>;

public sealed record JobList(IReadOnlyList<JobStatusDto> Jobs);

/// <param name="Key">group.name of the scheduled job.</param>
/// <param name="NextRunAt">Null for a job that runs only on demand (e.g. one connection's sync).</param>
/// <param name="LastOutcome">running, ok or failed; null when it has not run yet.</param>
/// <param name="LastError">The failure's message (failed only).</param>
/// <param name="LastInstance">The API instance that ran it.</param>
public sealed record JobStatusDto(string Key, string Description, DateTime? NextRunAt, DateTime? LastStartedAt, DateTime? LastFinishedAt,
    long? LastDurationMs, string? LastOutcome, string? LastError, string? LastInstance);

public sealed class ListJobsHandler(IAppDbContext db, IJobSchedule schedule) : IRequestHandler<ListJobsQuery, JobList>
{
    public async Task<JobList> Handle(ListJobsQuery request, CancellationToken cancellationToken)
    {
        var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.JobKey, cancellationToken);
        var jobs = (await schedule.JobsAsync(cancellationToken)).OrderBy(j => j.Key, StringComparer.Ordinal).Select(job =>
        {
            var run = runs.GetValueOrDefault(job.Key);
            return new JobStatusDto(job.Key, job.Description, job.NextRunAt, run?.LastStartedAt, run?.LastFinishedAt, run?.LastDurationMs, run?.LastOutcome,
                run?.LastError, run?.LastInstance);
        });
        return new JobList(jobs.ToList());
    }
}
