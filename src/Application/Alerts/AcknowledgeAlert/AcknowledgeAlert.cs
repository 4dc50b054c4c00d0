namespace AIntops.Application.Alerts.AcknowledgeAlert;

/// <summary>Marks the alert read for the whole organization; the first acknowledgement stands.</summary>
public sealed record AcknowledgeAlertCommand(Guid Id) : IRequest<AlertDto>;

public sealed class AcknowledgeAlertHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<AcknowledgeAlertCommand, AlertDto>
{
    public async Task<AlertDto> Handle(AcknowledgeAlertCommand request, CancellationToken cancellationToken)
    {
        var alert = await db.FindAlertAsync(request.Id, cancellationToken);
        alert.Acknowledge(caller.RequireUserId(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        // As stored: the database may keep the time less precisely than the clock gives it.
        var stored = await db.Alerts.AsNoTracking().Where(a => a.Id == alert.Id).ToListAsync(cancellationToken);
        return (await db.ToDtosAsync(stored, cancellationToken))[0];
    }
}
