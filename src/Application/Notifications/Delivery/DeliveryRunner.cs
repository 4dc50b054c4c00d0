using AIntops.Application.Common;
using AIntops.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.Delivery;

/// <summary>What the delivery job runs: every due outbox row, oldest due first, each in its own scope with its organization as tenant.</summary>
public sealed class DeliveryRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationDeliveryOptions> options, ILogger<DeliveryRunner> logger)
{
    /// <returns>How many deliveries were attempted, and the deliveries whose sending failed.</returns>
    public Task<TenantRun> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return scopes.ForEachAsync(
            // The one query across organizations: which outbox rows are due.
            async db => (await db.AlertDeliveries.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => (d.State == DeliveryState.Pending || d.State == DeliveryState.Retrying) && d.NextAttemptAt <= now)
                    .OrderBy(d => d.NextAttemptAt).Take(options.Value.BatchSize)
                    .Select(d => new { d.OrganizationId, d.Id }).ToListAsync(cancellationToken))
                .Select(d => new TenantItem(d.OrganizationId, d.Id)).ToList(),
            async (services, item) =>
            {
                try
                {
                    return await services.GetRequiredService<DeliverySender>().SendAsync(item.ItemId!.Value, cancellationToken) ? 1 : 0;
                }
                catch (DbUpdateException e)
                {
                    logger.LogWarning(e, "Delivery {DeliveryId} changed or its channel was deleted while it was sent", item.ItemId);
                    return 0;
                }
            },
            logger, cancellationToken);
    }
}
