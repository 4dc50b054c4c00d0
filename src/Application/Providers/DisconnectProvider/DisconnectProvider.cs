namespace AIntops.Application.Providers.DisconnectProvider;

/// <summary>Removes the connection, its stored key and every usage and cost row synced through it.</summary>
public sealed record DisconnectProviderCommand(Guid Id) : IRequest<Unit>;

public sealed class DisconnectProviderHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<DisconnectProviderCommand, Unit>
{
    public async Task<Unit> Handle(DisconnectProviderCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.FindProviderConnectionAsync(request.Id, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.ProviderUsage.Where(u => u.ConnectionId == connection.Id).ExecuteDeleteAsync(cancellationToken);
        db.ProviderConnections.Remove(connection);
        db.Record(connection.OrganizationId, ActivityTypes.ProviderDisconnected, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: connection.Provider, detail: connection.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
