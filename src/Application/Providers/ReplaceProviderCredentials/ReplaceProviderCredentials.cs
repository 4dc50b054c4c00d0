using AIntops.Application.Providers.Sync;

namespace AIntops.Application.Providers.ReplaceProviderCredentials;

/// <summary>Rotate a connection's key: the new one is checked live like on connect, then a sync starts with it.</summary>
public sealed record ReplaceProviderCredentialsCommand(Guid Id, string Credentials) : IRequest<ProviderConnectionDto>;

public sealed class ReplaceProviderCredentialsHandler(
    IAppDbContext db, ICurrentUser caller, TimeProvider clock, ProviderKeyCheck keyCheck, ProviderSync sync, IProviderSyncTrigger trigger)
    : IRequestHandler<ReplaceProviderCredentialsCommand, ProviderConnectionDto>
{
    public async Task<ProviderConnectionDto> Handle(ReplaceProviderCredentialsCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.FindProviderConnectionAsync(request.Id, cancellationToken);
        var key = await keyCheck.CheckAndSealAsync(connection.Provider, new Uri(connection.BaseUrl), request.Credentials.Trim(), cancellationToken);
        connection.ReplaceCredentials(key.Token, key.Suffix);
        db.Record(connection.OrganizationId, ActivityTypes.ProviderCredentialsReplaced, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: connection.Provider, detail: connection.Name);
        await db.SaveChangesAsync(cancellationToken);
        return await ProviderSyncRequest.StartAsync(db, sync, trigger, connection, cancellationToken);
    }
}

public sealed class ReplaceProviderCredentialsValidator : AbstractValidator<ReplaceProviderCredentialsCommand>
{
    public ReplaceProviderCredentialsValidator() => RuleFor(c => c.Credentials).AdminKey();
}
