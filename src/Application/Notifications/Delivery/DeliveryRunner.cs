using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.Delivery;

/// <summary>What the delivery job runs: every due outbox row, oldest due first, each in its own scope with its organization as tenant.</summary>
public sealed class DeliveryRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationDeliveryOptions> options, ILogger<DeliveryRunner> logger)
{
    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid OrganizationId, Guid Id)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The one query across organizations: which outbox rows are due.
            due = (await scope.ServiceProvider.GetRequiredService<IAppDbContext>().AlertDeliveries.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => (d.State == DeliveryState.Pending || d.State == DeliveryState.Retrying) && d.NextAttemptAt <= now)
                    .OrderBy(d => d.NextAttemptAt).Take(options.Value.BatchSize)
                    .Select(d => new { d.OrganizationId, d.Id }).ToListAsync(cancellationToken))
                .Select(d => (d.OrganizationId, d.Id)).ToList();
        }
        var attempted = 0;
        foreach (var (organizationId, id) in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<IAppDbContext>().UseOrganization(organizationId);
            try
            {
                if (await scope.ServiceProvider.GetRequiredService<DeliverySender>().SendAsync(id, cancellationToken)) attempted++;
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Delivery {DeliveryId} changed or its channel was deleted while it was sent", id);
            }
        }
        return attempted;
    }
}
