using AIntops.Domain.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Common;

/// <summary>One piece of a job's work: an organization, or one of its connections, channels or deliveries.</summary>
public readonly record struct TenantItem(Guid OrganizationId, Guid? ItemId = null);

/// <summary>Where a job's work for one organization failed; the message names the item and the kind of failure, the log has the rest.</summary>
public sealed record TenantFailure(Guid OrganizationId, string Error);

/// <summary>What one pass of a job over the organizations did: how much work, and the failures it went past.</summary>
public sealed record TenantRun(int Done, IReadOnlyList<TenantFailure> Failures);

/// <summary>
/// How every job goes over the organizations: each item in its own scope with its organization as explicit tenant, and in
/// its own error boundary, so that one organization's bad data or broken integration never stops the others' work.
/// </summary>
public static class TenantScopes
{
    /// <summary>ForEachAsync over the organizations with real ingested calls since <paramref name="sinceMs"/> or a synced provider connection.</summary>
    public static Task<TenantRun> ForEachOrganizationWithRealDataAsync(this IServiceScopeFactory scopes, long sinceMs,
        Func<IServiceProvider, Guid, Task<int>> work, ILogger logger, CancellationToken cancellationToken) =>
        scopes.ForEachAsync(
            async db => (await db.Dimensions.AsNoTracking().Where(d => d.Kind == DimensionKind.Organization && db.UsageHourly.IgnoreQueryFilters()
                        .Any(r => r.OrganizationRef == d.Id && r.DataMode == DataModes.Real && r.PeriodStartMs >= sinceMs))
                    .Select(d => d.OrganizationId).ToListAsync(cancellationToken))
                .Union(await db.ProviderConnections.IgnoreQueryFilters().AsNoTracking().Where(c => c.SyncedThroughUtc != null)
                    .Select(c => c.OrganizationId).Distinct().ToListAsync(cancellationToken))
                .Order().Select(id => new TenantItem(id)).ToList(),
            (services, item) => work(services, item.OrganizationId), logger, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> for each item <paramref name="items"/> lists (the one query across organizations, hence
    /// without a tenant), each in its own scope with the item's organization as explicit tenant, and each in its own error boundary.
    /// </summary>
    public static async Task<TenantRun> ForEachAsync(this IServiceScopeFactory scopes, Func<IAppDbContext, Task<List<TenantItem>>> items,
        Func<IServiceProvider, TenantItem, Task<int>> work, ILogger logger, CancellationToken cancellationToken)
    {
        List<TenantItem> list;
        await using (var scope = scopes.CreateAsyncScope())
            list = await items(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
        return await scopes.ForEachAsync(list, work, logger, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> for each of <paramref name="items"/>, each in its own scope with its organization as tenant and in its own error boundary.</summary>
    public static Task<TenantRun> ForEachAsync(this IServiceScopeFactory scopes, IEnumerable<TenantItem> items,
        Func<IServiceProvider, TenantItem, Task<int>> work, ILogger logger, CancellationToken cancellationToken) =>
        EachInOwnBoundaryAsync(items, async item =>
        {
            await using var scope = scopes.CreateAsyncScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<IAppDbContext>().UseOrganization(item.OrganizationId);
            return await work(scope.ServiceProvider, item);
        }, logger, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> for each item in turn. A failure is logged with the item's ids, recorded in the result, and
    /// the next item runs; cancellation (the host shutting down) ends the pass.
    /// </summary>
    public static async Task<TenantRun> EachInOwnBoundaryAsync(IEnumerable<TenantItem> items, Func<TenantItem, Task<int>> work, ILogger logger,
        CancellationToken cancellationToken)
    {
        var done = 0;
        var failures = new List<TenantFailure>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                done += await work(item);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The error boundary of one organization's work: logged in full here, recorded by kind for its own admins.
                logger.LogError(e, "Work for organization {OrganizationId} (item {ItemId}) failed; going on with the next", item.OrganizationId, item.ItemId);
                failures.Add(new TenantFailure(item.OrganizationId,
                    $"{(item.ItemId is { } id ? $"Item {id}" : "The organization's work")} failed ({e.GetType().Name}); the server log has the details."));
            }
        }
        return new TenantRun(done, failures);
    }
}
