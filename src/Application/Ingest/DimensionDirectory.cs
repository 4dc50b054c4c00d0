using System.Linq.Expressions;
using AIntops.Application.Common.Caching;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Ingest;

/// <summary>
/// The refs of dimension values (<see cref="Dimension"/>) and the values of refs, from memory once seen: a ref never changes, so
/// nothing expires; the caches only forget the least recently used entries beyond their capacity. Ingest creates the refs of
/// values it has not seen; reads only look refs up (a value never ingested has none, and matches nothing).
/// </summary>
public sealed class DimensionDirectory(IServiceScopeFactory scopes)
{
    private const int Capacity = 500_000;
    private readonly RecentlyUsedCache<(Guid Organization, DimensionKind Kind, string Value), int> _refs = new(Capacity);
    private readonly RecentlyUsedCache<int, Dimension> _values = new(Capacity);
    private readonly SemaphoreSlim _creating = new(1, 1);

    /// <summary>The ref of each wanted value, in order, created where missing.</summary>
    public async Task<int[]> RefsAsync(Guid organizationId, IReadOnlyList<(DimensionKind Kind, string Value)> wanted, CancellationToken cancellationToken)
    {
        var refs = new int[wanted.Count];
        var missing = new HashSet<(DimensionKind, string)>();
        for (var i = 0; i < wanted.Count; i++)
            if (!_refs.TryGetValue((organizationId, wanted[i].Kind, wanted[i].Value), out refs[i])) missing.Add(wanted[i]);
        if (missing.Count == 0) return refs;
        // One creator at a time on this instance: concurrent requests bringing the same new values would otherwise keep colliding.
        await _creating.WaitAsync(cancellationToken);
        try
        {
            missing.RemoveWhere(w => _refs.TryGetValue((organizationId, w.Item1, w.Item2), out _));
            if (missing.Count > 0) await LoadAsync(organizationId, missing, create: true, cancellationToken);
        }
        finally
        {
            _creating.Release();
        }
        for (var i = 0; i < wanted.Count; i++)
            if (refs[i] == 0) refs[i] = _refs.TryGetValue((organizationId, wanted[i].Kind, wanted[i].Value), out var id) ? id
                : throw new InvalidOperationException($"No ref was created for {wanted[i].Kind} {wanted[i].Value}.");
        return refs;
    }

    /// <summary>The ref of a value that was ingested; null for one never seen (which then matches nothing).</summary>
    public async Task<int?> FindAsync(Guid organizationId, DimensionKind kind, string value, CancellationToken cancellationToken)
    {
        if (_refs.TryGetValue((organizationId, kind, value), out var id)) return id;
        await LoadAsync(organizationId, [(kind, value)], create: false, cancellationToken);
        return _refs.TryGetValue((organizationId, kind, value), out id) ? id : null;
    }

    /// <summary>The refs of the values that were ingested, without those never seen.</summary>
    public async Task<IReadOnlyList<int>> FindAllAsync(Guid organizationId, DimensionKind kind, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        var found = new List<int>();
        foreach (var value in values)
            if (await FindAsync(organizationId, kind, value, cancellationToken) is { } id) found.Add(id);
        return found;
    }

    /// <summary>The values of refs (0, no value, is left out): from memory, the rest in one query.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ValuesAsync(IEnumerable<int> refs, CancellationToken cancellationToken)
    {
        var values = new Dictionary<int, string>();
        var missing = new List<int>();
        foreach (var id in refs.Where(id => id != 0).Distinct())
            if (_values.TryGetValue(id, out var known)) values[id] = known.Value;
            else missing.Add(id);
        if (missing.Count == 0) return values;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        foreach (var chunk in missing.Chunk(1000))
            foreach (var dimension in await db.Dimensions.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(cancellationToken))
            {
                Remember(dimension);
                values[dimension.Id] = dimension.Value;
            }
        return values;
    }

    private async Task LoadAsync(Guid organizationId, IReadOnlyCollection<(DimensionKind Kind, string Value)> wanted, bool create, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            foreach (var kind in wanted.Select(w => w.Kind).Distinct())
                foreach (var chunk in wanted.Where(w => w.Kind == kind).Select(w => w.Value).Chunk(500))
                    foreach (var dimension in await db.Dimensions.AsNoTracking()
                                 .Where(d => d.OrganizationId == organizationId && d.Kind == kind && chunk.Contains(d.Value)).ToListAsync(cancellationToken))
                        Remember(dimension);
            var absent = wanted.Where(w => !_refs.TryGetValue((organizationId, w.Kind, w.Value), out _))
                .Select(w => new Dimension { OrganizationId = organizationId, Kind = w.Kind, Value = w.Value }).ToList();
            if (!create || absent.Count == 0) return;
            db.Dimensions.AddRange(absent);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                foreach (var dimension in absent) Remember(dimension);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another instance created some of them first: read them in a new attempt.
            }
        }
    }

    private void Remember(Dimension dimension)
    {
        _refs.Set((dimension.OrganizationId, dimension.Kind, dimension.Value), dimension.Id);
        _values.Set(dimension.Id, dimension);
    }
}

/// <summary>How an event's labels become its refs.</summary>
public static class EventRefs
{
    private static readonly (DimensionKind Kind, Func<EventLabels, string?> Value, Action<LlmEvent, int> Set)[] Slots =
    [
        (DimensionKind.Organization, _ => "", (e, id) => e.OrganizationRef = id),
        (DimensionKind.ApiKey, l => l.ApiKeyId?.ToString(), (e, id) => e.ApiKeyRef = id),
        (DimensionKind.Sender, l => l.SentByUserId?.ToString(), (e, id) => e.SentByRef = id),
        (DimensionKind.Provider, l => l.Provider, (e, id) => e.ProviderRef = id),
        (DimensionKind.Model, l => l.Model, (e, id) => e.ModelRef = id),
        (DimensionKind.PromptVersion, l => l.PromptVersion, (e, id) => e.PromptVersionRef = id),
        (DimensionKind.EndpointTag, l => l.EndpointTag, (e, id) => e.EndpointTagRef = id),
        (DimensionKind.EndUser, l => l.EndUserId, (e, id) => e.EndUserRef = id),
        (DimensionKind.Team, l => l.Team, (e, id) => e.TeamRef = id),
        (DimensionKind.Workflow, l => l.Workflow, (e, id) => e.WorkflowRef = id),
    ];

    /// <summary>Sets every event's refs from its labels (a missing label leaves its ref null), creating the refs of new values.</summary>
    public static async Task ResolveAsync(this DimensionDirectory directory, IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        foreach (var organization in events.GroupBy(e => e.Labels.OrganizationId))
        {
            var wanted = new List<(DimensionKind, string)>();
            var setters = new List<(LlmEvent Event, Action<LlmEvent, int> Set)>();
            foreach (var e in organization)
                foreach (var (kind, value, set) in Slots)
                    if (value(e.Labels) is { } text)
                    {
                        wanted.Add((kind, text));
                        setters.Add((e, set));
                    }
            var refs = await directory.RefsAsync(organization.Key, wanted, cancellationToken);
            for (var i = 0; i < refs.Length; i++) setters[i].Set(setters[i].Event, refs[i]);
        }
    }
}

/// <summary>Dimension values a read of raw events is filtered by; null selects every value.</summary>
public sealed record LabelFilter(string? Provider = null, string? Model = null, string? EndpointTag = null, string? PromptVersion = null,
    IReadOnlyList<string>? TeamKeys = null, Guid? ApiKeyId = null, string? UserId = null);

public static class EventLabelQueries
{
    /// <summary>The events whose dimensions have the filter's values, compared as refs; a value never ingested selects nothing.</summary>
    public static async Task<IQueryable<LlmEvent>> WhereAsync(this IQueryable<LlmEvent> events, LabelFilter filter, DimensionDirectory directory,
        Guid organizationId, CancellationToken cancellationToken)
    {
        var none = events.Where(e => false);
        var single = new (DimensionKind Kind, string? Value, Func<int, Expression<Func<LlmEvent, bool>>> Matches)[]
        {
            (DimensionKind.Provider, filter.Provider, id => e => e.ProviderRef == id),
            (DimensionKind.Model, filter.Model, id => e => e.ModelRef == id),
            (DimensionKind.EndpointTag, filter.EndpointTag, id => e => e.EndpointTagRef == id),
            (DimensionKind.PromptVersion, filter.PromptVersion, id => e => e.PromptVersionRef == id),
            (DimensionKind.ApiKey, filter.ApiKeyId?.ToString(), id => e => e.ApiKeyRef == id),
            (DimensionKind.EndUser, filter.UserId, id => e => e.EndUserRef == id),
        };
        foreach (var (kind, value, matches) in single)
        {
            if (value is null) continue;
            if (await directory.FindAsync(organizationId, kind, value, cancellationToken) is not { } id) return none;
            events = events.Where(matches(id));
        }
        if (filter.TeamKeys is { } teamKeys)
        {
            var ids = (await directory.FindAllAsync(organizationId, DimensionKind.Team, teamKeys, cancellationToken)).Select(id => (int?)id).ToList();
            if (ids.Count == 0) return none;
            events = events.Where(e => ids.Contains(e.TeamRef));
        }
        return events;
    }

    /// <summary>The events' labels looked up from their refs (every event of one organization).</summary>
    public static async Task LabelAsync(this IReadOnlyList<LlmEvent> events, DimensionDirectory directory, Guid organizationId, CancellationToken cancellationToken)
    {
        var values = await directory.ValuesAsync(events.SelectMany(e => new[]
        {
            e.ApiKeyRef ?? 0, e.SentByRef ?? 0, e.ProviderRef, e.ModelRef, e.PromptVersionRef ?? 0, e.EndpointTagRef ?? 0, e.EndUserRef ?? 0,
            e.TeamRef ?? 0, e.WorkflowRef ?? 0,
        }), cancellationToken);
        string? Value(int? id) => id is { } known && values.TryGetValue(known, out var value) ? value : null;
        foreach (var e in events)
            e.Labels = new EventLabels
            {
                OrganizationId = organizationId, ApiKeyId = Value(e.ApiKeyRef) is { } key ? Guid.Parse(key) : null,
                SentByUserId = Value(e.SentByRef) is { } sender ? Guid.Parse(sender) : null, Provider = Value(e.ProviderRef) ?? "", Model = Value(e.ModelRef) ?? "",
                PromptVersion = Value(e.PromptVersionRef), EndpointTag = Value(e.EndpointTagRef), EndUserId = Value(e.EndUserRef), Team = Value(e.TeamRef),
                Workflow = Value(e.WorkflowRef),
            };
    }
}
