using AIntops.Application.Common;
using AIntops.Application.Common.Messaging;
using AIntops.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.Delivery;

/// <summary>Sends one due outbox row of the organization in scope and records the attempt, on the row and on its channel.</summary>
public sealed class DeliverySender(
    IAppDbContext db, ChannelSender sender, TimeProvider clock, IOptions<NotificationDeliveryOptions> options, IOptions<AppOptions> app)
{
    private NotificationDeliveryOptions Options => options.Value;

    /// <returns>False when the row is not due (any more) or another instance has claimed it.</returns>
    public async Task<bool> SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!await TryClaimAsync(deliveryId, cancellationToken)) return false;
        var delivery = await db.AlertDeliveries.FirstAsync(d => d.Id == deliveryId, cancellationToken);
        var alert = await db.Alerts.AsNoTracking().FirstAsync(a => a.Id == delivery.AlertId, cancellationToken);
        var channel = await db.NotificationChannels.FirstAsync(c => c.Id == delivery.ChannelId, cancellationToken);

        var outcome = channel.Enabled
            ? await sender.SendAsync(channel, NotificationContent.Of(alert, app.Value), delivery.Id, cancellationToken)
            : SendOutcome.Failed(null, channel.DisabledByFailure
                ? $"The channel was switched off after a failed delivery ({channel.LastError})."
                : "The channel was switched off before this alert could be sent.", destinationGone: false);
        Record(delivery, channel, outcome);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A conditional update, so that of several instances only one sends the row; it is due again after the claim lapses.</summary>
    private async Task<bool> TryClaimAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimedUntil = now + Options.ClaimFor;
        return await db.AlertDeliveries
            .Where(d => d.Id == deliveryId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Retrying) && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, claimedUntil), cancellationToken) == 1;
    }

    private void Record(AlertDelivery delivery, NotificationChannel channel, SendOutcome outcome)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (outcome.Delivered)
        {
            db.DeliveryAttempts.Add(delivery.Sent(now, outcome.StatusCode));
            channel.RecordDelivered(now);
            return;
        }
        var error = outcome.Error ?? "The message was not delivered.";
        var next = RetrySchedule.NextAttempt(outcome, delivery.Attempts + 1, now, Options);
        if (next is { } at)
            db.DeliveryAttempts.Add(delivery.Retry(now, outcome.StatusCode, error, at));
        else
            db.DeliveryAttempts.Add(delivery.FailPermanently(now, outcome.StatusCode,
                outcome.Permanent ? error : $"Gave up after {delivery.Attempts + 1} attempts: {error}"));
        if (channel.Enabled) channel.RecordFailure(error, now, outcome.DestinationGone);
    }
}
