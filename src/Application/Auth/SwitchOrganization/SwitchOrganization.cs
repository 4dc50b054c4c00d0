using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Auth;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Auth.SwitchOrganization;

public sealed record SwitchOrganizationCommand(Guid OrganizationId) : IRequest<AuthTokens>;

public sealed class SwitchOrganizationHandler(IAppDbContext db, AuthSessions sessions, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<SwitchOrganizationCommand, AuthTokens>
{
    public async Task<AuthTokens> Handle(SwitchOrganizationCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var membership = await db.Memberships.IgnoreQueryFilters()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.OrganizationId == request.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("You are not a member of that organization.");

        if (caller.SessionId is { } current)
            await db.RevokeFamiliesAsync(f => f.Id == current, RefreshRevocationReason.SwitchedOrganization, clock);
        var family = sessions.Start(userId, membership.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Issue(family, family.Generation, membership.Role);
    }
}
