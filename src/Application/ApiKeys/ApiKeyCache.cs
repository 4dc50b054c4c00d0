using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Common.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.ApiKeys;

/// <summary>What an ingest request is allowed to act as, resolved from its X-API-Key.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, Guid OrganizationId, Guid CreatedByUserId, string? Team, string? Environment);

/// <summary>
/// Resolves ingest keys by hash with a short-lived cache. Revocation and rotation forget the entry
/// on this instance at once; other instances see it within <see cref="Ttl"/>.
/// </summary>
public sealed class ApiKeyCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 100_000;
    private readonly RecentlyUsedCache<string, (ApiKeyIdentity? Identity, DateTimeOffset ExpiresAt)> _entries = new(MaxEntries);

    public async ValueTask<ApiKeyIdentity?> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(ApiKeySecrets.Scheme, StringComparison.Ordinal) || key.Length > 100) return null;
        var hash = OpaqueTokens.Hash(key);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(hash, out var entry) && entry.ExpiresAt > now) return entry.Identity;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        // The key itself proves the organization: a reviewed cross-tenant lookup.
        var identity = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.OrganizationId, k.CreatedByUserId, k.Team, k.Environment))
            .FirstOrDefaultAsync(cancellationToken);
        _entries.Set(hash, (identity, now + Ttl));
        return identity;
    }

    /// <summary>The key's identity when this instance resolved it recently and found it valid; never looks it up.</summary>
    public ApiKeyIdentity? Cached(string key) =>
        _entries.TryGetValue(OpaqueTokens.Hash(key), out var entry) && entry.ExpiresAt > clock.GetUtcNow() ? entry.Identity : null;

    public void Forget(string keyHash) => _entries.Remove(keyHash);
}
