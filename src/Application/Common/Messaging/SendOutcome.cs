namespace AIntops.Application.Common.Messaging;

/// <summary>How one send to Slack or an SMTP server went, classified for the retry policy (docs/adr/0011-notification-outbox.md).</summary>
/// <param name="StatusCode">The HTTP status or SMTP reply code, when there was an answer.</param>
/// <param name="Permanent">Sending the same message again cannot succeed.</param>
/// <param name="DestinationGone">The destination itself is gone or refuses us (e.g. Slack channel_not_found): nothing else sent there can succeed either.</param>
/// <param name="RetryAfter">The wait the destination asked for (Slack 429 Retry-After).</param>
public sealed record SendOutcome(bool Delivered, int? StatusCode, string? Error, bool Permanent, bool DestinationGone, TimeSpan? RetryAfter)
{
    public static SendOutcome Ok(int? statusCode) => new(true, statusCode, null, false, false, null);

    public static SendOutcome Transient(int? statusCode, string error, TimeSpan? retryAfter = null) => new(false, statusCode, error, false, false, retryAfter);

    public static SendOutcome Failed(int? statusCode, string error, bool destinationGone) => new(false, statusCode, error, true, destinationGone, null);
}
