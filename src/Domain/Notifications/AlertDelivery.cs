namespace AIntops.Domain.Notifications;

/// <summary>The outbox: one alert to one channel, sent by the delivery job until it is sent or fails for good.</summary>
public sealed class AlertDelivery : IOrganizationScoped
{
    private AlertDelivery() { }

    public AlertDelivery(Guid organizationId, Guid alertId, Guid channelId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        AlertId = alertId;
        ChannelId = channelId;
        State = DeliveryState.Pending;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid AlertId { get; private set; }
    public Guid ChannelId { get; private set; }
    public DeliveryState State { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>When the job may send it (again); null once the state is final.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }
    public int? LastStatusCode { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }

    public DeliveryAttempt Sent(DateTime now, int? statusCode)
    {
        State = DeliveryState.Sent;
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
        return Attempted(now, statusCode, null);
    }

    public DeliveryAttempt Retry(DateTime now, int? statusCode, string error, DateTime nextAttemptAt)
    {
        State = DeliveryState.Retrying;
        NextAttemptAt = nextAttemptAt;
        LastError = NotificationChannel.Truncate(error);
        return Attempted(now, statusCode, error);
    }

    public DeliveryAttempt FailPermanently(DateTime now, int? statusCode, string error)
    {
        State = DeliveryState.FailedPermanent;
        NextAttemptAt = null;
        LastError = NotificationChannel.Truncate(error);
        return Attempted(now, statusCode, error);
    }

    private DeliveryAttempt Attempted(DateTime now, int? statusCode, string? error)
    {
        Attempts++;
        LastStatusCode = statusCode;
        return new DeliveryAttempt(OrganizationId, Id, Attempts, now, statusCode, error, State);
    }
}

/// <summary>One try at sending a delivery, kept so that every failure can be seen afterwards.</summary>
public sealed class DeliveryAttempt : IOrganizationScoped
{
    private DeliveryAttempt() { }

    public DeliveryAttempt(Guid organizationId, Guid deliveryId, int number, DateTime attemptedAt, int? statusCode, string? error, DeliveryState outcome)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        DeliveryId = deliveryId;
        Number = number;
        AttemptedAt = attemptedAt;
        StatusCode = statusCode;
        Error = error is null ? null : NotificationChannel.Truncate(error);
        Outcome = outcome;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid DeliveryId { get; private set; }
    public int Number { get; private set; }
    public DateTime AttemptedAt { get; private set; }
    public int? StatusCode { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The delivery's state after this attempt.</summary>
    public DeliveryState Outcome { get; private set; }
}
