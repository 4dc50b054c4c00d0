using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Common;

public static class TenantScopes
{
    /// <summary><see cref="ForEachOrganizationAsync"/> over the organizations with real ingested calls since <paramref name="sinceMs"/> or a synced provider connection.</summary>
    public static Task<int> ForEachOrganizationWithRealDataAsync(this IServiceScopeFactory scopes, long sinceMs, Func<IServiceProvider, Guid, Task<int>> work,
        CancellationToken cancellationToken) =>
        scopes.ForEachOrganizationAsync(
            async db => (await db.UsageHourly.IgnoreQueryFilters().AsNoTracking().Where(r => r.DataMode == DataModes.Real && r.PeriodStartMs >= sinceMs)
                    .Select(r => r.OrganizationId).Distinct().ToListAsync(cancellationToken))
                .Union(await db.ProviderConnections.IgnoreQueryFilters().AsNoTracking().Where(c => c.SyncedThroughUtc != null)
                    .Select(c => c.OrganizationId).Distinct().ToListAsync(cancellationToken))
                .ToList(),
            work, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> for each organization <paramref name="organizations"/> lists (the one query across organizations,
    /// hence without a tenant), each in its own scope with the organization as explicit tenant.
    /// </summary>
    public static async Task<int> ForEachOrganizationAsync(this IServiceScopeFactory scopes, Func<IAppDbContext, Task<List<Guid>>> organizations,
        Func<IServiceProvider, Guid, Task<int>> work, CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
            ids = await organizations(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
        var total = 0;
        foreach (var organizationId in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<IAppDbContext>().UseOrganization(organizationId);
            total += await work(scope.ServiceProvider, organizationId);
        }
        return total;
    }
}
