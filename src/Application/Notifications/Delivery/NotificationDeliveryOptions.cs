namespace AIntops.Application.Notifications.Delivery;

/// <summary>Configuration section <c>Jobs:NotificationDelivery</c>: the outbox job and its retry policy (docs/adr/0011-notification-outbox.md).</summary>
public sealed class NotificationDeliveryOptions
{
    public const string Section = "Jobs:NotificationDelivery";

    /// <summary>How often due deliveries are sent.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait after the API starts before the first run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts (the first one included) before a delivery that keeps failing transiently is failed_permanent.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; it doubles with every further attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Deliveries sent per run at most; the rest wait for the next run.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a claimed delivery is left to the instance sending it before another may take it (it died mid-send).</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Time allowed for one send to Slack or to the SMTP server.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
