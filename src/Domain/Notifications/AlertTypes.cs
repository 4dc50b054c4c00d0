namespace AIntops.Domain.Notifications;

/// <summary>What an alert is about; channels subscribe to these by name (the wire values).</summary>
public static class AlertTypes
{
    public const string BudgetWarning = "budget_warning";
    public const string BudgetCritical = "budget_critical";
    public const string Anomaly = "anomaly";
    public const string Recommendation = "recommendation";
    public const string ProviderSyncFailure = "provider_sync_failure";

    /// <summary>The weekly executive report, sent on the Monday after each week.</summary>
    public const string WeeklyReport = "weekly_report";

    public static readonly IReadOnlyList<string> All = [BudgetWarning, BudgetCritical, Anomaly, Recommendation, ProviderSyncFailure, WeeklyReport];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type);
}

public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}

public enum ChannelKind
{
    Slack,
    Email,

    /// <summary>A signed JSON POST to any https endpoint.</summary>
    Webhook,
}

/// <summary>Where an outbox row stands: pending and retrying rows are sent when due; sent and failed_permanent are final.</summary>
public enum DeliveryState
{
    Pending,
    Retrying,
    Sent,
    FailedPermanent,
}

public static class NotificationLimits
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = 4000;
    public const int DedupeKeyMaxLength = 200;
    public const int WebhookUrlMaxLength = 500;
    /// <summary>A Fernet token of a <see cref="WebhookUrlMaxLength"/>-byte URL, base64url with header and MAC.</summary>
    public const int WebhookTokenMaxLength = 1000;
    public const int MaskedUrlMaxLength = 120;
    /// <summary>A Fernet token of a webhook channel's signing secret (well under 100 characters).</summary>
    public const int SigningSecretTokenMaxLength = 300;
    public const int MaxRecipients = 20;
    /// <summary>Comma-separated recipient addresses.</summary>
    public const int RecipientsMaxLength = MaxRecipients * (Common.Limits.EmailMaxLength + 1);
    /// <summary>Comma-separated alert type names.</summary>
    public const int AlertTypesMaxLength = 200;
    public const int ErrorMaxLength = Common.Limits.DetailMaxLength;
}
