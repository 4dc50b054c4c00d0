using AIntops.Application.Analytics;
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

public sealed class ExportUsageHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, TeamDirectory teams) : IRequestHandler<ExportUsageQuery, UsageExport>
{
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
        var events = db.LlmEvents.Where(e => e.TimestampMs >= window.FromMs && e.TimestampMs < window.ToMs);
        if (f.EffectiveDataMode != DataModes.AllFilter) events = events.Where(e => e.DataMode == f.EffectiveDataMode);
        if (f.Provider is { } provider) events = events.Where(e => e.Provider == provider);
        if (f.Model is { } model) events = events.Where(e => e.Model == model);
        if (f.Team is { } team) events = await teams.OfTeamAsync(db, events, team, cancellationToken);
        if (f.EffectiveEnvironment is { } environment) events = events.Where(e => e.Environment == environment);
        if (request.IncludeContent) events = events.Include(e => e.Content);
        var rows = events.OrderBy(e => e.TimestampMs).ThenBy(e => e.Id).WithApiKeys(db).AsAsyncEnumerable();
        var map = await teams.ForContextAsync(db, cancellationToken);
        return new UsageExport(window.From, window.To, availableFrom, window.From < availableFrom, Summaries(rows, map, cancellationToken));
    }

    private static async IAsyncEnumerable<ExportedRequest> Summaries(IAsyncEnumerable<RequestRow> rows, TeamMap teams,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken)) yield return new ExportedRequest(row.ToSummary(teams), StoredContent.From(row.Event.Content));
    }
}
