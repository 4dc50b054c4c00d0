using System.Reflection;
using AIntops.Application.Analytics;
using AIntops.Application.Common;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Retention;

/// <summary>
/// Deletes each organization's raw events older than its raw retention (in chunks, so ingest keeps
/// committing meanwhile) and rollup rows older than its rollup retention. Rollups of deleted raw
/// events stay: dashboards keep their history longer than the request log. Stored request content goes after its own retention,
/// and with its event when that goes first.
/// </summary>
public sealed class RetentionEnforcer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionEnforcer> logger)
{
    private const int ChunkSize = 5000;

    /// <returns>How many organizations lost raw events, and the organizations whose retention failed.</returns>
    public Task<TenantRun> EnforceAllAsync(CancellationToken cancellationToken) =>
        scopes.ForEachAsync(
            async db => (await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken))
                .Select(id => new TenantItem(id)).ToList(),
            async (services, item) =>
            {
                var db = services.GetRequiredService<IAppDbContext>();
                var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == item.OrganizationId, cancellationToken);
                var now = clock.GetUtcNow().UtcDateTime;
                var deleted = await EnforceAsync(db, item.OrganizationId, Ms(RetentionPolicy.AvailableFrom(now, organization.RawRetentionDays)),
                    Ms(RetentionPolicy.AvailableFrom(now, organization.RollupRetentionDays)), cancellationToken);
                var contentCutoffMs = Ms(RetentionPolicy.AvailableFrom(now, organization.ContentRetentionDays));
                if (await InChunksAsync(() => db.RequestContents.Where(c => c.CreatedAtMs < contentCutoffMs).OrderBy(c => c.CreatedAtMs).Take(ChunkSize)
                        .ExecuteDeleteAsync(cancellationToken)) is > 0 and var content)
                    logger.LogInformation("Retention removed the content of {Count} requests of organization {OrganizationId}", content, item.OrganizationId);
                if (deleted == 0) return 0;
                logger.LogInformation("Retention removed {Count} raw events of organization {OrganizationId}", deleted, item.OrganizationId);
                return 1;
            },
            logger, cancellationToken);

    private static async Task<long> EnforceAsync(IAppDbContext db, Guid organizationId, long rawCutoffMs, long rollupCutoffMs, CancellationToken cancellationToken)
    {
        // Their content goes with them (a cascading foreign key).
        var deleted = await InChunksAsync(() => db.LlmEvents.Where(e => e.TimestampMs < rawCutoffMs).OrderBy(e => e.TimestampMs).Take(ChunkSize)
            .ExecuteDeleteAsync(cancellationToken));
        var rollups = 0;
        foreach (var table in RollupTables.All)
            rollups += await (Task<int>)DeleteRollupRowsBefore.MakeGenericMethod(table.RowType).Invoke(null, [db, rollupCutoffMs, cancellationToken])!;
        if (rollups > 0) await SettledRollupCache.AdvanceAsync(db, organizationId, cancellationToken);
        return deleted;
    }

    /// <summary>Runs a delete of at most a chunk until it deletes nothing, so ingest keeps committing meanwhile.</summary>
    private static async Task<long> InChunksAsync(Func<Task<int>> deleteChunk)
    {
        long deleted = 0;
        for (int chunk; (chunk = await deleteChunk()) > 0;) deleted += chunk;
        return deleted;
    }

    private static readonly MethodInfo DeleteRollupRowsBefore =
        typeof(RetentionEnforcer).GetMethod(nameof(DeleteRowsBeforeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> DeleteRowsBeforeAsync<T>(IAppDbContext db, long cutoffMs, CancellationToken cancellationToken) where T : class, IRollupRow =>
        db.Set<T>().Where(r => r.PeriodStartMs < cutoffMs).ExecuteDeleteAsync(cancellationToken);

    private static long Ms(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}
