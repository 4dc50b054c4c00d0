using AIntops.Domain.Notifications;

namespace AIntops.Application.Alerts.Raising;

/// <param name="DedupeKey">Raising an alert whose key the organization already has is a no-op: e.g. budget id + period + threshold.</param>
public sealed record NewAlert(Guid OrganizationId, string Type, AlertSeverity Severity, string Title, string Message, string DedupeKey,
    AlertLinks? Links = null);

/// <param name="Created">False when an alert with the key existed already.</param>
/// <param name="Deliveries">Outbox rows written: one per enabled channel subscribed to the type.</param>
public sealed record RaisedAlert(Guid AlertId, bool Created, int Deliveries);

/// <summary>
/// How budgets, anomalies, recommendations and provider sync raise an alert. The alert and its outbox
/// rows are written in one SaveChanges (one transaction, with whatever the caller has pending); the
/// delivery job sends them.
/// </summary>
public sealed class AlertRaiser(IAppDbContext db, TimeProvider clock)
{
    public async Task<RaisedAlert> RaiseAsync(NewAlert alert, CancellationToken cancellationToken)
    {
        if (!AlertTypes.IsKnown(alert.Type)) throw new ArgumentException($"Unknown alert type '{alert.Type}'.", nameof(alert));
        if (string.IsNullOrWhiteSpace(alert.DedupeKey) || alert.DedupeKey.Length > NotificationLimits.DedupeKeyMaxLength)
            throw new ArgumentException($"The dedupe key must have 1 to {NotificationLimits.DedupeKeyMaxLength} characters.", nameof(alert));
        using var tenant = db.UseOrganization(alert.OrganizationId);
        if (await ExistingAsync(alert.DedupeKey, cancellationToken) is { } existing) return new RaisedAlert(existing, false, 0);

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new Alert(alert.OrganizationId, alert.Type, alert.Severity, alert.Title, alert.Message, alert.DedupeKey, now, alert.Links ?? new AlertLinks());
        var channels = (await db.NotificationChannels.Where(c => c.Enabled).ToListAsync(cancellationToken)).Where(c => c.Receives(alert.Type));
        var deliveries = channels.Select(c => new AlertDelivery(alert.OrganizationId, row.Id, c.Id, now)).ToList();
        db.Alerts.Add(row);
        db.AlertDeliveries.AddRange(deliveries);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Raised at the same moment elsewhere: the unique (organization, dedupe key) index kept one.
            db.AlertDeliveries.RemoveRange(deliveries);
            db.Alerts.Remove(row);
            if (await ExistingAsync(alert.DedupeKey, cancellationToken) is { } raced) return new RaisedAlert(raced, false, 0);
            throw;
        }
        return new RaisedAlert(row.Id, true, deliveries.Count);
    }

    private async Task<Guid?> ExistingAsync(string dedupeKey, CancellationToken cancellationToken) =>
        await db.Alerts.Where(a => a.DedupeKey == dedupeKey).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
}
