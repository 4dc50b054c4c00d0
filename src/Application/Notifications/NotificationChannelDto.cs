using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>A notification channel as the API shows it: a Slack webhook only masked.</summary>
/// <param name="Type">slack or email.</param>
/// <param name="AlertTypes">The alert types this channel receives.</param>
/// <param name="MaskedWebhookUrl">Slack: the webhook's host and last characters. Never the URL itself.</param>
/// <param name="Recipients">Email: the addresses alerts are sent to.</param>
/// <param name="DisabledByFailure">Slack answered that the webhook is gone or refused (e.g. channel_not_found); fix it, then enable the channel again.</param>
/// <param name="LastError">The latest failed delivery's error, also after later successes (compare <paramref name="LastErrorAt"/> with <paramref name="LastDeliveredAt"/>).</param>
public sealed record NotificationChannelDto(
    Guid Id, string Type, string Name, bool Enabled, IReadOnlyList<string> AlertTypes, string? MaskedWebhookUrl, IReadOnlyList<string> Recipients,
    bool DisabledByFailure, string? LastError, DateTime? LastErrorAt, DateTime? LastDeliveredAt, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static NotificationChannelDto From(NotificationChannel c) => new(
        c.Id, NotificationNames.Name(c.Kind), c.Name, c.Enabled, c.AlertTypeList, c.MaskedWebhookUrl, c.RecipientList,
        c.DisabledByFailure, c.LastError, c.LastErrorAt, c.LastDeliveredAt, c.CreatedAt, c.UpdatedAt);
}
