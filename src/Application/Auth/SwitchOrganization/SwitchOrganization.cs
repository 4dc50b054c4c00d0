using AIntops.Domain.Auth;

namespace AIntops.Application.Auth.SwitchOrganization;

public sealed record SwitchOrganizationCommand(Guid OrganizationId) : IRequest<AuthTokens>;

public sealed class SwitchOrganizationHandler(IAppDbContext db, AuthSessions sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<SwitchOrganizationCommand, AuthTokens>
{
    private const string SessionEnded = "This session has ended. Sign in again.";

    public async Task<AuthTokens> Handle(SwitchOrganizationCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var membership = await db.Memberships.IgnoreQueryFilters()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.OrganizationId == request.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("You are not a member of that organization.");

        // Ending the current session is the atomic check that it is still live: a revoked one cannot mint a new one.
        var current = caller.SessionId ?? throw new UnauthorizedException(SessionEnded);
        if (await db.RevokeFamiliesAsync(f => f.Id == current && f.UserId == userId, RefreshRevocationReason.SwitchedOrganization, clock) != 1)
            throw new UnauthorizedException(SessionEnded);
        var family = sessions.Start(userId, membership.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, membership.Role);
    }
}
