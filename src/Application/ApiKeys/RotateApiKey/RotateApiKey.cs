using AIntops.Application.ApiKeys.CreateApiKey;

namespace AIntops.Application.ApiKeys.RotateApiKey;

/// <summary>Issues a new secret for the key; the old secret stops working at once.</summary>
public sealed record RotateApiKeyCommand(Guid Id) : IRequest<ApiKeyCreated>;

public sealed class RotateApiKeyHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<RotateApiKeyCommand, ApiKeyCreated>
{
    public async Task<ApiKeyCreated> Handle(RotateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await db.FindApiKeyAsync(request.Id, cancellationToken);
        var (key, prefix, hash) = ApiKeySecrets.Create();
        apiKey.Rotate(prefix, hash);
        db.Record(apiKey.OrganizationId, ActivityTypes.ApiKeyRotated, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime, subject: prefix, detail: apiKey.Name);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyCreated(apiKey.Id, apiKey.Name, prefix, key, apiKey.Team, apiKey.Environment, apiKey.CreatedAt, apiKey.TeamId);
    }
}
