using AIntops.Application.Auth;
using AIntops.Application.Common.Outbound;
using AIntops.Domain.Notifications;
using FluentValidation.Results;

namespace AIntops.Application.Notifications;

/// <summary>The fields a channel is created and changed with.</summary>
public interface IChannelSettings
{
    string Name { get; }
    string? WebhookUrl { get; }
    IReadOnlyList<string>? Recipients { get; }
    IReadOnlyList<string>? AlertTypes { get; }
}

public sealed class ChannelSettingsRules<T> : AbstractValidator<T> where T : IChannelSettings
{
    public ChannelSettingsRules(OutboundOptions outbound)
    {
        RuleFor(c => c.Name).ValidName("Name");
        RuleFor(c => c.WebhookUrl).OutboundUrl(outbound, "webhookUrl", httpsOnly: true);
        RuleFor(c => c.WebhookUrl).MaximumLength(NotificationLimits.WebhookUrlMaxLength);
        RuleFor(c => c.Recipients).NotEmpty().WithMessage("recipients must hold at least one email address.")
            .Must(r => r!.Count <= NotificationLimits.MaxRecipients).WithMessage($"At most {NotificationLimits.MaxRecipients} recipients.")
            .When(c => c.Recipients is not null);
        RuleForEach(c => c.Recipients).ValidEmail();
        RuleForEach(c => c.AlertTypes).Must(AlertTypes.IsKnown)
            .WithMessage($"Alert types must be among: {string.Join(", ", AlertTypes.All)}.");
    }
}

public static class ChannelSettings
{
    public static IEnumerable<string> TypesOrAll(this IChannelSettings settings) => settings.AlertTypes ?? AlertTypes.All;

    public static IEnumerable<string> Addresses(this IChannelSettings settings) => (settings.Recipients ?? []).Select(r => r.Trim());

    /// <summary>
    /// A Slack or webhook channel has a webhook URL and no recipients, an email channel the other way round.
    /// <paramref name="creating"/>: the kind's own field is required too (on change, leaving it out keeps it).
    /// </summary>
    public static void EnsureFitsKind(this IChannelSettings settings, ChannelKind kind, bool creating)
    {
        var failures = new List<ValidationFailure>();
        if (kind != ChannelKind.Email)
        {
            if (settings.Recipients is not null) failures.Add(new("recipients", "recipients are only for email channels."));
            if (creating && string.IsNullOrWhiteSpace(settings.WebhookUrl))
                failures.Add(new("webhookUrl", $"webhookUrl is required for a {NotificationNames.Name(kind)} channel."));
        }
        else
        {
            if (settings.WebhookUrl is not null) failures.Add(new("webhookUrl", "webhookUrl is only for Slack and webhook channels."));
            if (creating && settings.Recipients is null) failures.Add(new("recipients", "recipients are required for an email channel."));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
    }
}
