using AIntops.Domain.Ingest;

namespace AIntops.Application.ApiKeys;

public static class ApiKeyLookup
{
    public static async Task<ApiKey> FindApiKeyAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
        ?? throw new NotFoundException("No API key with that id in this organization.");

    /// <summary>The team id when it is a team of the organization (or null); else not found, as for any id of another organization.</summary>
    public static async Task<Guid?> EnsureTeamAsync(this IAppDbContext db, Guid? teamId, CancellationToken cancellationToken) =>
        teamId is null || await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken) ? teamId
            : throw new NotFoundException("No team with that id in this organization.");
}
