namespace AIntops.Application.Alerts.AcknowledgeAllAlerts;

public sealed record AcknowledgeAllAlertsCommand : IRequest<AcknowledgedAlerts>;

/// <param name="Count">Alerts acknowledged by this call.</param>
public sealed record AcknowledgedAlerts(int Count);

public sealed class AcknowledgeAllAlertsHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<AcknowledgeAllAlertsCommand, AcknowledgedAlerts>
{
    public async Task<AcknowledgedAlerts> Handle(AcknowledgeAllAlertsCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        return new(await db.Alerts.Where(a => a.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcknowledgedAt, now).SetProperty(a => a.AcknowledgedByUserId, userId), cancellationToken));
    }
}
