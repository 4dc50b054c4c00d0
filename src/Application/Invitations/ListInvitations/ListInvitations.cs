using AIntops.Application.Common;

namespace AIntops.Application.Invitations.ListInvitations;

public sealed record ListInvitationsQuery : IRequest<IReadOnlyList<InvitationDto>>;

public sealed record InvitationDto(Guid Id, string Email, string Role, DateTime CreatedAt, DateTime ExpiresAt);

public sealed class ListInvitationsHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ListInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async Task<IReadOnlyList<InvitationDto>> Handle(ListInvitationsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations.Where(i => i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(i => new InvitationDto(i.Id, i.Email, i.Role.ToName(), i.CreatedAt, i.ExpiresAt)).ToList();
    }
}
