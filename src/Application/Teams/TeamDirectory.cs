using AIntops.Application.Common.Caching;
using AIntops.Domain.Ingest;
using AIntops.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Teams;

/// <summary>An organization's teams by their telemetry keys: how a value of events' team is filtered, grouped and shown.</summary>
public sealed class TeamMap
{
    public static readonly TeamMap Empty = new([]);

    private readonly Dictionary<string, TeamEntry> _byKey;

    public TeamMap(IReadOnlyList<TeamEntry> teams)
    {
        Teams = teams;
        _byKey = teams.SelectMany(t => t.Keys.Select(k => (k, t))).ToDictionary(x => x.k, x => x.t, StringComparer.Ordinal);
    }

    public IReadOnlyList<TeamEntry> Teams { get; }

    public TeamEntry? TeamOf(string? key) => key is not null && _byKey.TryGetValue(key, out var team) ? team : null;

    /// <summary>A defined team's primary key for any of its keys; a key of no team as it is.</summary>
    public string Canonical(string key) => TeamOf(key)?.PrimaryKey ?? key;

    /// <summary>Every key a team filter value covers: all the keys of the team it is a key or the name of, or the value alone.</summary>
    public IReadOnlyList<string> KeysOf(string key) =>
        (TeamOf(key) ?? Teams.FirstOrDefault(t => string.Equals(t.Name, key, StringComparison.OrdinalIgnoreCase)))?.Keys ?? [key];

    /// <summary>The team's name for any of its keys, else null.</summary>
    public string? NameOf(string key) => TeamOf(key)?.Name;
}

/// <param name="Keys">In order; the first is the primary key.</param>
public sealed record TeamEntry(Guid Id, string Name, IReadOnlyList<string> Keys)
{
    public string PrimaryKey => Keys[0];
}

/// <summary>
/// Each organization's <see cref="TeamMap"/>, read at most once per <see cref="Ttl"/> per instance (ingest, budgets and every analytics
/// read use it). Saving a team or its keys forgets the organization's map on this instance at once; other instances see it within the TTL.
/// </summary>
public sealed class TeamDirectory(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 100_000;
    private readonly LoadingCache<Guid, TeamMap> _maps = new LoadingCache<Guid, TeamMap>(MaxEntries, Ttl, clock)
        .ForgetOnSaveOf<Team>(invalidation, team => team.OrganizationId)
        .ForgetOnSaveOf<TeamKey>(invalidation, key => key.OrganizationId);

    public async Task<TeamMap> ForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        await _maps.GetAsync(organizationId, LoadAsync, cancellationToken);

    /// <summary>The teams of the organization the context reads (none without one).</summary>
    public async Task<TeamMap> ForContextAsync(IAppDbContext db, CancellationToken cancellationToken = default) =>
        db.CurrentOrganizationId is { } organizationId ? await ForOrganizationAsync(organizationId, cancellationToken) : TeamMap.Empty;

    private async Task<TeamMap> LoadAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        var keys = await db.TeamKeys.AsNoTracking().OrderBy(k => k.Position).Select(k => new { k.TeamId, k.Key }).ToListAsync();
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync();
        var keysOf = keys.ToLookup(k => k.TeamId, k => k.Key);
        return new TeamMap([.. teams.Where(t => keysOf[t.Id].Any()).Select(t => new TeamEntry(t.Id, t.Name, [.. keysOf[t.Id]]))]);
    }
}
