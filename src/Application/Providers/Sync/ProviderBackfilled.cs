using AIntops.Application.Common;
using AIntops.Application.Common.Concurrency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Providers.Sync;

/// <summary>A connection's first sync has stored its history: what reads that history (anomalies, recommendations) can run at once.</summary>
public sealed record ProviderBackfilled(Guid OrganizationId, Guid ConnectionId) : INotification;

/// <summary>
/// Publishes <see cref="ProviderBackfilled"/> in a scope of its own, so that a failure of the analysis is logged and never keeps the
/// sync from completing; and for one organization at a time on this instance, so that connections backfilled together are analysed
/// in turn (the later over both histories) instead of storing the same findings at once and failing on each other.
/// </summary>
public sealed class BackfillAnalysis(IServiceScopeFactory scopes, ILogger<BackfillAnalysis> logger)
{
    private readonly KeyedLock<Guid> _organizations = new();

    public async Task RunAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken)
    {
        using var turn = await _organizations.AcquireAsync(organizationId, cancellationToken);
        await scopes.ForEachAsync([new TenantItem(organizationId, connectionId)], async (services, _) =>
        {
            await services.GetRequiredService<IMediator>().Publish(new ProviderBackfilled(organizationId, connectionId), cancellationToken);
            return 1;
        }, logger, cancellationToken);
    }
}
