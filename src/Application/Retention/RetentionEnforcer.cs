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
/// events stay: dashboards keep their history longer than the request log.
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
                if (deleted == 0) return 0;
                logger.LogInformation("Retention removed {Count} raw events of organization {OrganizationId}", deleted, item.OrganizationId);
                return 1;
            },
            logger, cancellationToken);

    private static async Task<long> EnforceAsync(IAppDbContext db, Guid organizationId, long rawCutoffMs, long rollupCutoffMs, CancellationToken cancellationToken)
    {
        long deleted = 0;
        for (int chunk; (chunk = await db.LlmEvents.Where(e => e.TimestampMs < rawCutoffMs).OrderBy(e => e.TimestampMs).Take(ChunkSize)
                 .ExecuteDeleteAsync(cancellationToken)) > 0;)
            deleted += chunk;
        var rollups = 0;
        foreach (var table in RollupTables.All)
            rollups += await (Task<int>)DeleteRollupRowsBefore.MakeGenericMethod(table.RowType).Invoke(null, [db, rollupCutoffMs, cancellationToken])!;
        if (rollups > 0) await SettledRollupCache.AdvanceAsync(db, organizationId, cancellationToken);
        return deleted;
    }

    private static readonly MethodInfo DeleteRollupRowsBefore =
        typeof(RetentionEnforcer).GetMethod(nameof(DeleteRowsBeforeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> DeleteRowsBeforeAsync<T>(IAppDbContext db, long cutoffMs, CancellationToken cancellationToken) where T : class, IRollupRow =>
        db.Set<T>().Where(r => r.PeriodStartMs < cutoffMs).ExecuteDeleteAsync(cancellationToken);

    private static long Ms(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}
