using AIntops.Application.Common.Messaging;

namespace AIntops.Application.Notifications.Delivery;

/// <summary>When a failed delivery is tried again, if at all.</summary>
public static class RetrySchedule
{
    /// <param name="attempts">Attempts made so far, the failed one included.</param>
    /// <returns>The next attempt's time, or null when the delivery has failed for good.</returns>
    public static DateTime? NextAttempt(SendOutcome outcome, int attempts, DateTime now, NotificationDeliveryOptions options)
    {
        if (outcome.Delivered || outcome.Permanent || attempts >= options.MaxAttempts) return null;
        if (outcome.RetryAfter is { } asked) return now + TimeSpan.FromTicks(Math.Min(asked.Ticks, options.MaxRetryDelay.Ticks));
        var doubled = options.RetryBaseDelay.Ticks * Math.Pow(2, attempts - 1);
        return now + TimeSpan.FromTicks((long)Math.Min(doubled, options.MaxRetryDelay.Ticks));
    }
}
