namespace AIntops.Application.ApiKeys.ListApiKeys;

public sealed record ListApiKeysQuery : IRequest<IReadOnlyList<ApiKeyDto>>;

/// <param name="Team">The key's own team text (keys made before teams).</param>
/// <param name="TeamId">The team the key is bound to.</param>
/// <param name="TeamName">That team's name.</param>
public sealed record ApiKeyDto(
    Guid Id, string Name, string Prefix, string? Team, string? Environment, string? CreatedBy,
    DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool Revoked, Guid? TeamId, string? TeamName);

public sealed class ListApiKeysHandler(IAppDbContext db) : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken) =>
        await db.ApiKeys.OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt)
            .GroupJoin(db.Users, k => k.CreatedByUserId, u => u.Id, (k, users) => new { k, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new ApiKeyDto(
                x.k.Id, x.k.Name, x.k.Prefix, x.k.Team, x.k.Environment, u == null ? null : u.Email,
                x.k.CreatedAt, x.k.LastUsedAt, x.k.RevokedAt, x.k.RevokedAt != null, x.k.TeamId,
                db.Teams.Where(t => t.Id == x.k.TeamId).Select(t => t.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
