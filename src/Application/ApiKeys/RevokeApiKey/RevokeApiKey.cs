namespace AIntops.Application.ApiKeys.RevokeApiKey;

public sealed record RevokeApiKeyCommand(Guid Id) : IRequest<Unit>;

public sealed class RevokeApiKeyHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<RevokeApiKeyCommand, Unit>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await db.FindApiKeyAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        apiKey.Revoke(now);
        db.Record(apiKey.OrganizationId, ActivityTypes.ApiKeyRevoked, caller.UserId, caller.ClientIp, now, subject: apiKey.Prefix, detail: apiKey.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
