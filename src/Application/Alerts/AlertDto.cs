using AIntops.Application.Common.Interfaces;
using AIntops.Application.Notifications;
using AIntops.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Alerts;

/// <param name="Type">budget_warning, budget_critical, anomaly, recommendation or provider_sync_failure.</param>
/// <param name="Severity">info, warning or critical.</param>
/// <param name="Deliveries">Where it was sent, one per channel subscribed when it was raised.</param>
public sealed record AlertDto(
    Guid Id, string Type, string Severity, string Title, string Message, DateTime CreatedAt, bool Acknowledged, DateTime? AcknowledgedAt,
    Guid? AcknowledgedByUserId, Guid? BudgetId, Guid? AnomalyId, Guid? RecommendationId, Guid? ProviderConnectionId,
    IReadOnlyList<AlertDeliveryDto> Deliveries);

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
        return alerts.Select(a => new AlertDto(a.Id, a.Type, NotificationNames.Name(a.Severity), a.Title, a.Message, a.CreatedAt, a.AcknowledgedAt is not null,
            a.AcknowledgedAt, a.AcknowledgedByUserId, a.BudgetId, a.AnomalyId, a.RecommendationId, a.ProviderConnectionId, deliveries[a.Id].ToList())).ToList();
    }

    public static async Task<Alert> FindAlertAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new Common.Exceptions.NotFoundException("No alert with that id in this organization.");
}
