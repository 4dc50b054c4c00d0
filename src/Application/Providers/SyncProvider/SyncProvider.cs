using AIntops.Application.Providers.Sync;

namespace AIntops.Application.Providers.SyncProvider;

/// <summary>Sync now: starts a sync in the background unless one is under way, and answers the connection's state.</summary>
public sealed record SyncProviderCommand(Guid Id) : IRequest<ProviderConnectionDto>;

public sealed class SyncProviderHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, ProviderSync sync, IProviderSyncTrigger trigger)
    : IRequestHandler<SyncProviderCommand, ProviderConnectionDto>
{
    public async Task<ProviderConnectionDto> Handle(SyncProviderCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.FindProviderConnectionAsync(request.Id, cancellationToken);
        db.Record(connection.OrganizationId, ActivityTypes.ProviderSyncRequested, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: connection.Provider, detail: connection.Name);
        await db.SaveChangesAsync(cancellationToken);
        return await ProviderSyncRequest.StartAsync(db, sync, trigger, connection, cancellationToken);
    }
}
