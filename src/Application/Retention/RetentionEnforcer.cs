using AIntops.Application.Analytics;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
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

    public async Task EnforceAllAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, int RawDays, int RollupDays)> organizations;
        await using (var scope = scopes.CreateAsyncScope())
            organizations = (await scope.ServiceProvider.GetRequiredService<IAppDbContext>().Organizations.AsNoTracking()
                .Select(o => new { o.Id, o.RawRetentionDays, o.RollupRetentionDays }).ToListAsync(cancellationToken))
                .Select(o => (o.Id, o.RawRetentionDays, o.RollupRetentionDays)).ToList();
        foreach (var (id, rawDays, rollupDays) in organizations)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var deleted = await EnforceAsync(id, Ms(RetentionPolicy.AvailableFrom(now, rawDays)),
                Ms(RetentionPolicy.AvailableFrom(now, rollupDays)), cancellationToken);
            if (deleted > 0) logger.LogInformation("Retention removed {Count} raw events of organization {OrganizationId}", deleted, id);
        }
    }

    private async Task<long> EnforceAsync(Guid organizationId, long rawCutoffMs, long rollupCutoffMs, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        long deleted = 0;
        for (int chunk; (chunk = await db.LlmEvents.Where(e => e.TimestampMs < rawCutoffMs).OrderBy(e => e.TimestampMs).Take(ChunkSize)
                 .ExecuteDeleteAsync(cancellationToken)) > 0;)
            deleted += chunk;
        var rollups = await db.UsageHourly.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken)
            + await db.UsageDaily.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken)
            + await db.LatencyHourly.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken)
            + await db.LatencyDaily.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken)
            + await db.UsageUserDaily.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken)
            + await db.UsageUserBreakdownHourly.Where(r => r.PeriodStartMs < rollupCutoffMs).ExecuteDeleteAsync(cancellationToken);
        if (rollups > 0) await SettledRollupCache.AdvanceAsync(db, organizationId, cancellationToken);
        return deleted;
    }

    private static long Ms(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}
