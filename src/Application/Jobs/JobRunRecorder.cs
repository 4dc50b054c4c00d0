using AIntops.Application.Common;
using AIntops.Domain.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Jobs;

/// <summary>
/// Keeps the latest run of each job in the database, so every API instance reports the runs of all of them, with the
/// organizations that run failed for (each shown to its own organization only).
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes)
{
    public Task StartedAsync(string jobKey, DateTime at, string instance, CancellationToken cancellationToken) =>
        UpdateAsync(jobKey, run => run.Started(at, instance), cancellationToken);

    public async Task FinishedAsync(string jobKey, DateTime startedAt, TimeSpan duration, string? error, IReadOnlyList<TenantFailure> failures, string instance,
        CancellationToken cancellationToken)
    {
        await UpdateAsync(jobKey, run => run.Finished(startedAt, duration, error, instance), cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        await db.JobFailures.IgnoreQueryFilters().Where(f => f.JobKey == jobKey).ExecuteDeleteAsync(cancellationToken);
        db.JobFailures.AddRange(failures.Select(f => new JobFailure(jobKey, f.OrganizationId, startedAt + duration, f.Error)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpdateAsync(string jobKey, Action<JobRun> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var run = await db.JobRuns.FirstOrDefaultAsync(r => r.JobKey == jobKey, cancellationToken);
            if (run is null) db.JobRuns.Add(run = new JobRun(jobKey));
            change(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance added the job's row first; update it instead.
            }
        }
    }
}
