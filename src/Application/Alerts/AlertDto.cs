using AIntops.Application.Notifications;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Alerts;

public sealed record AlertDto
{
    public required Guid Id { get; init; }

    /// <summary>budget_warning, budget_critical, anomaly, recommendation, provider_sync_failure or weekly_report.</summary>
    public required string Type { get; init; }

    /// <summary>info, warning or critical.</summary>
    public required string Severity { get; init; }

    public required string Title { get; init; }
    public required string Message { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required bool Acknowledged { get; init; }
    public required DateTime? AcknowledgedAt { get; init; }
    public required Guid? AcknowledgedByUserId { get; init; }
    public required Guid? BudgetId { get; init; }
    public required Guid? AnomalyId { get; init; }
    public required Guid? RecommendationId { get; init; }
    public required Guid? ProviderConnectionId { get; init; }

    /// <summary>Where it was sent, one per channel subscribed when it was raised.</summary>
    public required IReadOnlyList<AlertDeliveryDto> Deliveries { get; init; }
}

/// <param name="State">pending, retrying, sent or failed_permanent.</param>
/// <param name="NextAttemptAt">When the job tries again (pending and retrying only).</param>
public sealed record AlertDeliveryDto(
    Guid ChannelId, string ChannelName, string ChannelType, string State, int Attempts, DateTime? NextAttemptAt, DateTime? SentAt, int? LastStatusCode,
    string? LastError);

public static class AlertReads
{
    /// <summary>The alerts as the API shows them, in the given order, each with its deliveries.</summary>
    public static async Task<IReadOnlyList<AlertDto>> ToDtosAsync(this IAppDbContext db, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var ids = alerts.Select(a => a.Id).ToList();
        var deliveries = (await db.AlertDeliveries.AsNoTracking().Where(d => ids.Contains(d.AlertId))
                .Join(db.NotificationChannels, d => d.ChannelId, c => c.Id, (d, c) => new { Delivery = d, c.Name, c.Kind })
                .ToListAsync(cancellationToken))
            .OrderBy(d => d.Delivery.CreatedAt).ThenBy(d => d.Name)
            .ToLookup(d => d.Delivery.AlertId, d => new AlertDeliveryDto(d.Delivery.ChannelId, d.Name, NotificationNames.Name(d.Kind),
                NotificationNames.Name(d.Delivery.State), d.Delivery.Attempts, d.Delivery.NextAttemptAt, d.Delivery.SentAt, d.Delivery.LastStatusCode,
                d.Delivery.LastError));
        return alerts.Select(a => new AlertDto
        {
            Id = a.Id,
            Type = a.Type,
            Severity = NotificationNames.Name(a.Severity),
            Title = a.Title,
            Message = a.Message,
            CreatedAt = a.CreatedAt,
            Acknowledged = a.AcknowledgedAt is not null,
            AcknowledgedAt = a.AcknowledgedAt,
            AcknowledgedByUserId = a.AcknowledgedByUserId,
            BudgetId = a.BudgetId,
            AnomalyId = a.AnomalyId,
            RecommendationId = a.RecommendationId,
            ProviderConnectionId = a.ProviderConnectionId,
            Deliveries = deliveries[a.Id].ToList(),
        }).ToList();
    }

    public static async Task<Alert> FindAlertAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new Common.Exceptions.NotFoundException("No alert with that id in this organization.");
}
