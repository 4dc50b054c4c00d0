using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>A notification channel as the API shows it: a webhook URL only masked, a signing secret only once.</summary>
public sealed record NotificationChannelDto
{
    public required Guid Id { get; init; }

    /// <summary>slack, email or webhook.</summary>
    public required string Type { get; init; }

    public required string Name { get; init; }
    public required bool Enabled { get; init; }

    /// <summary>The alert types this channel receives.</summary>
    public required IReadOnlyList<string> AlertTypes { get; init; }

    /// <summary>Slack and webhook: the URL's host and last characters. Never the URL itself.</summary>
    public required string? MaskedWebhookUrl { get; init; }

    /// <summary>
    /// Webhook: the secret payloads are signed with (HMAC-SHA256, docs/webhooks.md), only in the answer that creates or rotates it; null
    /// everywhere else. Store it now: it is not shown again.
    /// </summary>
    public string? SigningSecret { get; init; }

    /// <summary>Email: the addresses alerts are sent to.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>Slack answered that the webhook is gone or refused (e.g. channel_not_found) or a webhook answered 410 Gone; fix it, then enable the channel again.</summary>
    public required bool DisabledByFailure { get; init; }

    /// <summary>The latest failed delivery's error, also after later successes (compare LastErrorAt with LastDeliveredAt).</summary>
    public required string? LastError { get; init; }

    public required DateTime? LastErrorAt { get; init; }
    public required DateTime? LastDeliveredAt { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    public static NotificationChannelDto From(NotificationChannel c) => new()
    {
        Id = c.Id,
        Type = NotificationNames.Name(c.Kind),
        Name = c.Name,
        Enabled = c.Enabled,
        AlertTypes = c.AlertTypeList,
        MaskedWebhookUrl = c.MaskedWebhookUrl,
        Recipients = c.RecipientList,
        DisabledByFailure = c.DisabledByFailure,
        LastError = c.LastError,
        LastErrorAt = c.LastErrorAt,
        LastDeliveredAt = c.LastDeliveredAt,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };
}
