using AIntops.Application.Common;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Me.GetMe;

public sealed record GetMeQuery : IRequest<MeResponse>;

public sealed record MeResponse(
    UserDto User, OrganizationRef Organization, string Role, IReadOnlyList<string> Permissions, IReadOnlyList<MembershipDto> Memberships);

public sealed record UserDto(Guid Id, string Email, string Name);

public sealed record OrganizationRef(Guid Id, string Name);

public sealed record MembershipDto(Guid OrganizationId, string OrganizationName, string Role);

public sealed class GetMeHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetMeQuery, MeResponse>
{
    public async Task<MeResponse> Handle(GetMeQuery request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await db.Users.Where(u => u.Id == userId)
            .Select(u => new UserDto(u.Id, u.Email, u.Name)).FirstAsync(cancellationToken);
        // Memberships span organizations by design: this is the user's own list.
        var memberships = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { o.Id, o.Name, m.Role })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken);
        var current = memberships.First(m => m.Id == caller.RequireOrganizationId());
        return new MeResponse(user, new OrganizationRef(current.Id, current.Name), current.Role.ToName(),
            Permissions.For(current.Role),
            memberships.Select(m => new MembershipDto(m.Id, m.Name, m.Role.ToName())).ToList());
    }
}
