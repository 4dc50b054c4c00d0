namespace AIntops.Domain.Notifications;

/// <summary>
/// A Slack incoming webhook, a list of email recipients or a signed webhook, subscribed to some alert types. The webhook
/// URL is a secret (it may be the credential): stored only as a Fernet token, shown only masked. A webhook channel's
/// signing secret is stored as a Fernet token too.
/// </summary>
public sealed class NotificationChannel : IOrganizationScoped
{
    private NotificationChannel() { }

    private NotificationChannel(Guid organizationId, ChannelKind kind, string name, IEnumerable<string> alertTypes, bool enabled, Guid createdByUserId,
        DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Kind = kind;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
        Configure(name, alertTypes, enabled, createdAt);
    }

    public static NotificationChannel Slack(Guid organizationId, string name, string webhookToken, string maskedWebhookUrl, IEnumerable<string> alertTypes,
        bool enabled, Guid createdByUserId, DateTime createdAt)
    {
        var channel = new NotificationChannel(organizationId, ChannelKind.Slack, name, alertTypes, enabled, createdByUserId, createdAt);
        channel.ReplaceWebhook(webhookToken, maskedWebhookUrl);
        return channel;
    }

    public static NotificationChannel Webhook(Guid organizationId, string name, string urlToken, string maskedUrl, string signingSecretToken,
        IEnumerable<string> alertTypes, bool enabled, Guid createdByUserId, DateTime createdAt)
    {
        var channel = new NotificationChannel(organizationId, ChannelKind.Webhook, name, alertTypes, enabled, createdByUserId, createdAt);
        channel.ReplaceWebhook(urlToken, maskedUrl);
        channel.ReplaceSigningSecret(signingSecretToken, createdAt);
        return channel;
    }

    public static NotificationChannel Email(Guid organizationId, string name, IEnumerable<string> recipients, IEnumerable<string> alertTypes, bool enabled,
        Guid createdByUserId, DateTime createdAt)
    {
        var channel = new NotificationChannel(organizationId, ChannelKind.Email, name, alertTypes, enabled, createdByUserId, createdAt);
        channel.ReplaceRecipients(recipients);
        return channel;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public ChannelKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public bool Enabled { get; private set; }

    /// <summary>Comma-separated alert type names this channel receives.</summary>
    public string AlertTypes { get; private set; } = "";

    public string? WebhookUrlToken { get; private set; }
    public string? MaskedWebhookUrl { get; private set; }

    /// <summary>Webhook: the key its payloads are signed with (HMAC-SHA256), as a Fernet token.</summary>
    public string? SigningSecretToken { get; private set; }

    /// <summary>Comma-separated email addresses.</summary>
    public string? Recipients { get; private set; }

    /// <summary>A delivery failed in a way that shows the destination itself is gone (e.g. Slack channel_not_found, a webhook's 410 Gone); the channel was switched off.</summary>
    public bool DisabledByFailure { get; private set; }

    public string? LastError { get; private set; }
    public DateTime? LastErrorAt { get; private set; }
    public DateTime? LastDeliveredAt { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<string> AlertTypeList => Split(AlertTypes);

    public IReadOnlyList<string> RecipientList => Split(Recipients);

    public bool Receives(string alertType) => Enabled && AlertTypeList.Contains(alertType);

    /// <summary>Switching a channel on again clears the failure that switched it off.</summary>
    public void Configure(string name, IEnumerable<string> alertTypes, bool enabled, DateTime now)
    {
        Name = name;
        AlertTypes = string.Join(',', alertTypes.Distinct());
        if (enabled && !Enabled) DisabledByFailure = false;
        Enabled = enabled;
        UpdatedAt = now;
    }

    public void ReplaceWebhook(string webhookToken, string maskedWebhookUrl)
    {
        if (Kind == ChannelKind.Email) throw new DomainRuleException("Email channels have no webhook URL.");
        WebhookUrlToken = webhookToken;
        MaskedWebhookUrl = maskedWebhookUrl;
        LastError = null;
        LastErrorAt = null;
    }

    public void ReplaceSigningSecret(string signingSecretToken, DateTime now)
    {
        if (Kind != ChannelKind.Webhook) throw new DomainRuleException("Only webhook channels have a signing secret.");
        SigningSecretToken = signingSecretToken;
        UpdatedAt = now;
    }

    public void ReplaceRecipients(IEnumerable<string> recipients)
    {
        if (Kind != ChannelKind.Email) throw new DomainRuleException("Only email channels have recipients.");
        Recipients = string.Join(',', recipients.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    public void RecordDelivered(DateTime now) => LastDeliveredAt = now;

    /// <param name="destinationGone">Switch the channel off: nothing sent to it can succeed until someone fixes it.</param>
    public void RecordFailure(string error, DateTime now, bool destinationGone)
    {
        LastError = Truncate(error);
        LastErrorAt = now;
        if (!destinationGone) return;
        Enabled = false;
        DisabledByFailure = true;
    }

    public static string Truncate(string error) => error.Length <= NotificationLimits.ErrorMaxLength ? error : error[..NotificationLimits.ErrorMaxLength];

    private static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
