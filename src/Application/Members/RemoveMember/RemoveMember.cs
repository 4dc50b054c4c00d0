using AIntops.Application.Auth;
using AIntops.Domain.Auth;

namespace AIntops.Application.Members.RemoveMember;

public sealed record RemoveMemberCommand(Guid UserId) : IRequest<Unit>;

public sealed class RemoveMemberHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<RemoveMemberCommand, Unit>
{
    public async Task<Unit> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        var (membership, organization, ownerCount) = await db.LoadForChangeAsync(caller, request.UserId, cancellationToken);
        membership.EnsureRemovable(ownerCount);
        db.Memberships.Remove(membership);
        db.TeamMembers.RemoveRange(await db.TeamMembers.Where(m => m.UserId == request.UserId).ToListAsync(cancellationToken));
        db.Record(organization.Id, ActivityTypes.MemberRemoved, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: request.UserId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await db.RevokeFamiliesAsync(f => f.UserId == request.UserId && f.OrganizationId == organization.Id,
            RefreshRevocationReason.MembershipEnded, clock);
        return Unit.Value;
    }
}
