using AIntops.Domain.Auth;

namespace AIntops.Application.Auth.Logout;

/// <summary>Ends the session of the given refresh token, or else of the caller's access token.</summary>
public sealed record LogoutCommand(string? RefreshToken) : IRequest<Unit>;

public sealed class LogoutHandler(IAppDbContext db, ITokenIssuer issuer, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var familyId = (string.IsNullOrEmpty(request.RefreshToken) ? null : issuer.ReadRefreshToken(request.RefreshToken))?.FamilyId
            ?? caller.SessionId;
        if (familyId is { } id)
            await db.RevokeFamiliesAsync(f => f.Id == id, RefreshRevocationReason.Logout, clock);
        return Unit.Value;
    }
}
