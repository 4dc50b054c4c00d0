using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Security;
using AIntops.Domain.Ingest;
using AIntops.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.ApiKeys;

/// <summary>What an ingest request is allowed to act as, resolved from its X-API-Key.</summary>
/// <param name="Team">What events without a team take: the primary key of the team the key is bound to, else the key's own team text.</param>
/// <param name="TeamId">The team the key is bound to.</param>
public sealed record ApiKeyIdentity(Guid KeyId, Guid OrganizationId, Guid CreatedByUserId, string? Team, string? Environment, Guid? TeamId = null);

/// <summary>
/// Resolves ingest keys by hash with a short-lived cache. Saving a key (revocation, rotation, its team) or the keys of its team
/// forgets it on this instance at once; other instances see it within <see cref="Ttl"/>.
/// </summary>
public sealed class ApiKeyCache(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 100_000;
    private readonly LoadingCache<string, ApiKeyIdentity?> _identities =
        new LoadingCache<string, ApiKeyIdentity?>(MaxEntries, Ttl, clock).ForgetOnSaveOf<ApiKey>(invalidation, (key, identity) => identity?.KeyId == key.Id)
            .ForgetOnSaveOf<Team>(invalidation, (team, identity) => identity?.TeamId == team.Id)
            .ForgetOnSaveOf<TeamKey>(invalidation, (key, identity) => identity?.TeamId == key.TeamId);

    public ValueTask<ApiKeyIdentity?> ResolveAsync(string key, CancellationToken cancellationToken) =>
        key.StartsWith(ApiKeySecrets.Scheme, StringComparison.Ordinal) && key.Length <= 100
            ? _identities.GetAsync(OpaqueTokens.Hash(key), LoadAsync, cancellationToken)
            : ValueTask.FromResult<ApiKeyIdentity?>(null);

    /// <summary>The key's identity when this instance resolved it recently and found it valid; never looks it up.</summary>
    public ApiKeyIdentity? Cached(string key) => _identities.TryGetCached(OpaqueTokens.Hash(key), out var identity) ? identity : null;

    public void Forget(string keyHash) => _identities.Forget(keyHash);

    private async Task<ApiKeyIdentity?> LoadAsync(string hash)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        // The key itself proves the organization: a reviewed cross-tenant lookup.
        return await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.OrganizationId, k.CreatedByUserId,
                k.TeamId == null ? k.Team
                    : db.TeamKeys.IgnoreQueryFilters().Where(t => t.TeamId == k.TeamId).OrderBy(t => t.Position).Select(t => t.Key).FirstOrDefault(),
                k.Environment, k.TeamId))
            .FirstOrDefaultAsync();
    }
}
