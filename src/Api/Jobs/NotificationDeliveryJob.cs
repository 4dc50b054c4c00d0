using AIntops.Application.Notifications.Delivery;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Sends the notification outbox's due deliveries, with retries (every minute by default).</summary>
[DisallowConcurrentExecution]
public sealed class NotificationDeliveryJob(DeliveryRunner runner) : IJob
{
    public static readonly JobKey Key = new("notification-delivery", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await runner.DeliverDueAsync(cancellationToken);
}
