namespace AIntops.Domain.Notifications;

/// <summary>
/// Something an organization should know about (a budget threshold, an anomaly, a failed sync). One
/// per (organization, dedupe key): raising the same key again is the same alert.
/// </summary>
public sealed class Alert : IOrganizationScoped
{
    private Alert() { }

    public Alert(Guid organizationId, string type, AlertSeverity severity, string title, string message, string dedupeKey, DateTime createdAt,
        AlertLinks links)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Type = type;
        Severity = severity;
        Title = title.Length <= NotificationLimits.TitleMaxLength ? title : title[..NotificationLimits.TitleMaxLength];
        Message = message.Length <= NotificationLimits.MessageMaxLength ? message : message[..NotificationLimits.MessageMaxLength];
        DedupeKey = dedupeKey;
        CreatedAt = createdAt;
        BudgetId = links.BudgetId;
        AnomalyId = links.AnomalyId;
        RecommendationId = links.RecommendationId;
        ProviderConnectionId = links.ProviderConnectionId;
        ReportWeek = links.ReportWeek;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Type { get; private set; } = "";
    public AlertSeverity Severity { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string DedupeKey { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Guid? AcknowledgedByUserId { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public Guid? BudgetId { get; private set; }
    public Guid? AnomalyId { get; private set; }
    public Guid? RecommendationId { get; private set; }
    public Guid? ProviderConnectionId { get; private set; }

    /// <summary>The week of a weekly report (e.g. 2026-W49).</summary>
    public string? ReportWeek { get; private set; }

    /// <summary>The first acknowledgement stands; acknowledging again changes nothing.</summary>
    public void Acknowledge(Guid userId, DateTime now)
    {
        if (AcknowledgedAt is not null) return;
        AcknowledgedByUserId = userId;
        AcknowledgedAt = now;
    }
}

/// <summary>What an alert is about, for links from the inbox.</summary>
public sealed record AlertLinks(Guid? BudgetId = null, Guid? AnomalyId = null, Guid? RecommendationId = null, Guid? ProviderConnectionId = null,
    string? ReportWeek = null);
