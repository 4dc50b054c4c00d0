using AIntops.Application.Analytics;
using AIntops.Application.Ingest;
using AIntops.Application.Requests;
using AIntops.Application.Teams;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Exports.ExportUsage;

/// <summary>Ingested calls of a window (the analytics filters), oldest first, to be streamed out.</summary>
/// <param name="IncludeContent">With each call's stored input and output; owners and admins only.</param>
public sealed record ExportUsageQuery(AnalyticsFilter Filter, bool IncludeContent = false) : IRequest<UsageExport>, IAnalyticsQuery;

/// <param name="Content">The stored input and output when the export includes content and the call has some.</param>
public sealed record ExportedRequest(RequestSummary Request, StoredContent? Content);

/// <param name="AvailableFromUtc">Raw events before this were removed by the organization's retention.</param>
/// <param name="Truncated">The window starts before <paramref name="AvailableFromUtc"/>, so the export lacks its oldest part.</param>
public sealed record UsageExport(DateTime From, DateTime To, DateTime AvailableFromUtc, bool Truncated, IAsyncEnumerable<ExportedRequest> Rows);

public sealed class ExportUsageValidator : AbstractValidator<ExportUsageQuery>
{
    public ExportUsageValidator() => Include(new AnalyticsFilterRules<ExportUsageQuery>());
}

public sealed class ExportUsageHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, TeamDirectory teams, DimensionDirectory dimensions)
    : IRequestHandler<ExportUsageQuery, UsageExport>
{
    private const int LabelChunk = 500;

    public async Task<UsageExport> Handle(ExportUsageQuery request, CancellationToken cancellationToken)
    {
        if (request.IncludeContent && !Permissions.Has(caller.RequireRole(), Permissions.ContentRead))
            throw new ForbiddenException("Only owners and admins may export request content.");
        var now = clock.GetUtcNow().UtcDateTime;
        var window = request.Filter.Window(now);
        var organizationId = caller.RequireOrganizationId();
        var rawDays = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.RawRetentionDays).FirstAsync(cancellationToken);
        var availableFrom = RetentionPolicy.AvailableFrom(now, rawDays);
        var f = request.Filter;
        var map = await teams.ForContextAsync(db, cancellationToken);
        var events = db.LlmEvents.AsNoTracking().Where(e => e.TimestampMs >= window.FromMs && e.TimestampMs < window.ToMs);
        // Every data mode: the index's three ranges, sorted together.
        events = f.EffectiveDataMode == DataModes.AllFilter ? events.Where(e => DataModes.All.Contains(e.DataMode))
            : events.Where(e => e.DataMode == f.EffectiveDataMode);
        events = await events.WhereAsync(new LabelFilter(f.Provider, f.Model, TeamKeys: f.Team is { } team ? map.KeysOf(team) : null),
            dimensions, organizationId, cancellationToken);
        if (f.EffectiveEnvironment is { } environment) events = events.Where(e => e.Environment == environment);
        if (request.IncludeContent) events = events.Include(e => e.Content);
        var keys = await db.ApiKeys.AsNoTracking().Select(k => new { k.Id, k.Prefix, k.Name }).ToDictionaryAsync(k => k.Id, k => (k.Prefix, k.Name), cancellationToken);
        var rows = events.OrderBy(e => e.TimestampMs).ThenBy(e => e.Id).AsAsyncEnumerable();
        return new UsageExport(window.From, window.To, availableFrom, window.From < availableFrom, Summaries(rows, organizationId, keys, map, cancellationToken));
    }

    /// <summary>The events in order, labelled a chunk at a time (the context stays busy streaming, so keys were read before).</summary>
    private async IAsyncEnumerable<ExportedRequest> Summaries(IAsyncEnumerable<LlmEvent> rows, Guid organizationId,
        Dictionary<Guid, (string Prefix, string Name)> keys, TeamMap teams, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<LlmEvent>(LabelChunk);
        await foreach (var e in rows.WithCancellation(cancellationToken))
        {
            chunk.Add(e);
            if (chunk.Count < LabelChunk) continue;
            foreach (var exported in await LabelledAsync(chunk)) yield return exported;
            chunk.Clear();
        }
        foreach (var exported in await LabelledAsync(chunk)) yield return exported;

        async Task<List<ExportedRequest>> LabelledAsync(List<LlmEvent> events)
        {
            await events.LabelAsync(dimensions, organizationId, cancellationToken);
            return [.. events.Select(e => new ExportedRequest(
                (e.Labels.ApiKeyId is { } id && keys.TryGetValue(id, out var key) ? new RequestRow(e, key.Prefix, key.Name) : new RequestRow(e, null, null)).ToSummary(teams),
                StoredContent.From(e.Content)))];
        }
    }
}
