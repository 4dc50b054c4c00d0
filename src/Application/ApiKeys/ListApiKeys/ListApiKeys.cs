namespace AIntops.Application.ApiKeys.ListApiKeys;

public sealed record ListApiKeysQuery : IRequest<IReadOnlyList<ApiKeyDto>>;

public sealed record ApiKeyDto(
    Guid Id, string Name, string Prefix, string? Team, string? Environment, string? CreatedBy,
    DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool Revoked);

public sealed class ListApiKeysHandler(IAppDbContext db) : IRequestHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken) =>
        await db.ApiKeys.OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt)
            .GroupJoin(db.Users, k => k.CreatedByUserId, u => u.Id, (k, users) => new { k, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new ApiKeyDto(
                x.k.Id, x.k.Name, x.k.Prefix, x.k.Team, x.k.Environment, u == null ? null : u.Email,
                x.k.CreatedAt, x.k.LastUsedAt, x.k.RevokedAt, x.k.RevokedAt != null))
            .ToListAsync(cancellationToken);
}
