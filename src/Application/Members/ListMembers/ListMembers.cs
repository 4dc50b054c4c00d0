using AIntops.Application.Common;

namespace AIntops.Application.Members.ListMembers;

public sealed record ListMembersQuery : IRequest<IReadOnlyList<MemberDto>>;

public sealed record MemberDto(Guid UserId, string Email, string Name, string Role, DateTime JoinedAt);

public sealed class ListMembersHandler(IAppDbContext db) : IRequestHandler<ListMembersQuery, IReadOnlyList<MemberDto>>
{
    public async Task<IReadOnlyList<MemberDto>> Handle(ListMembersQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.Name, m.Role, m.CreatedAt })
            .OrderBy(x => x.CreatedAt).ToListAsync(cancellationToken);
        return rows.Select(x => new MemberDto(x.Id, x.Email, x.Name, x.Role.ToName(), x.CreatedAt)).ToList();
    }
}
