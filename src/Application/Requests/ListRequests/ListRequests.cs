using AIntops.Application.Ingest;
using AIntops.Application.Common.Validation;
using AIntops.Application.Teams;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Requests.ListRequests;

/// <summary>A page of the request log; every filter is optional.</summary>
public sealed record ListRequestsQuery : IRequest<RequestPage>
{
    /// <summary>Page size, 1 to 200.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Cursor: the previous page's nextBefore.</summary>
    public string? Before { get; init; }

    /// <summary>Calls to this model.</summary>
    public string? Model { get; init; }

    /// <summary>Calls of this feature (endpointTag).</summary>
    public string? EndpointTag { get; init; }

    /// <summary>Calls of this prompt version.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Calls of this team.</summary>
    public string? Team { get; init; }

    /// <summary>success or error.</summary>
    [OneOf(typeof(CallStatuses), nameof(CallStatuses.All))]
    public string? Status { get; init; }

    /// <summary>real (default), test, demo, or all.</summary>
    [OneOf(typeof(DataModes), nameof(DataModes.Filters))]
    public string DataMode { get; init; } = DataModes.Real;

    /// <summary>Calls sent with this API key.</summary>
    public Guid? ApiKeyId { get; init; }

    /// <summary>The calling application's end-user id.</summary>
    public string? UserId { get; init; }

    /// <summary>Calls to this provider.</summary>
    public string? Provider { get; init; }

    /// <summary>Calls from this environment.</summary>
    [OneOf(typeof(Environments), nameof(Environments.All))]
    public string? Environment { get; init; }

    /// <summary>Calls at or after this time (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Calls before this time (UTC).</summary>
    public DateTime? To { get; init; }
}

/// <param name="NextBefore">Pass as before for the next (older) page; null on the last page.</param>
public sealed record RequestPage(IReadOnlyList<RequestSummary> Items, string? NextBefore);

public sealed class ListRequestsHandler(IAppDbContext db, TeamDirectory teams, DimensionDirectory dimensions) : IRequestHandler<ListRequestsQuery, RequestPage>
{
    public async Task<RequestPage> Handle(ListRequestsQuery request, CancellationToken cancellationToken)
    {
        if (request.ApiKeyId is { } keyId && !await db.ApiKeys.AnyAsync(k => k.Id == keyId, cancellationToken))
            throw new NotFoundException("No API key with that id.");
        var map = await teams.ForContextAsync(db, cancellationToken);
        var labels = new LabelFilter(request.Provider, request.Model, request.EndpointTag, request.PromptVersion,
            request.Team is { } team ? map.KeysOf(team) : null, request.ApiKeyId, request.UserId);
        var events = await db.LlmEvents.AsNoTracking().WhereAsync(labels, dimensions, db.CurrentOrganizationId!.Value, cancellationToken);
        if (request.Status is { } status) events = events.Where(e => e.Status == status);
        if (request.Environment is { } environment) events = events.Where(e => e.Environment == environment);
        if (request.From is { } from) events = events.Where(e => e.TimestampMs >= UnixMs(from));
        if (request.To is { } to) events = events.Where(e => e.TimestampMs < UnixMs(to));
        if (RequestCursor.TryParse(request.Before, out var before))
            events = events.Where(e => e.TimestampMs <= before.TimestampMs // lets the index seek straight to the cursor
                && (e.TimestampMs < before.TimestampMs || e.Id.CompareTo(before.Id) < 0));

        // One newest-first range of the (data mode, time) index per data mode asked for, merged.
        var modes = request.DataMode == DataModes.AllFilter ? DataModes.All : [request.DataMode];
        var newestFirst = modes.Select(mode => NewestFirst(events.Where(e => e.DataMode == mode), request.Limit + 1)).Aggregate(Queryable.Concat);
        var read = await NewestFirst(newestFirst, request.Limit + 1).ToListAsync(cancellationToken);
        var page = read.Take(request.Limit).ToList();
        var next = read.Count > request.Limit ? new RequestCursor(page[^1].TimestampMs, page[^1].Id).ToString() : null;
        return new RequestPage((await page.RowsAsync(db, dimensions, cancellationToken)).Select(r => r.ToSummary(map)).ToList(), next);
    }

    private static IQueryable<LlmEvent> NewestFirst(IQueryable<LlmEvent> events, int count) =>
        events.OrderByDescending(e => e.TimestampMs).ThenByDescending(e => e.Id).Take(count);

    private static long UnixMs(DateTime at) =>
        new DateTimeOffset(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}

public sealed class ListRequestsValidator : AbstractValidator<ListRequestsQuery>
{
    public ListRequestsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Before).Must(b => b is null || RequestCursor.TryParse(b, out _))
            .WithMessage("before must be the nextBefore of a previous page.");
        RuleFor(q => q.Status).OneOf(CallStatuses.All, "status");
        RuleFor(q => q.Environment).OneOf(Environments.All, "environment");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From).WithMessage("to must be after from.");
        RuleFor(q => q.DataMode).NotNull().OneOf(DataModes.Filters, "dataMode");
        foreach (var (name, value) in new (string, Func<ListRequestsQuery, string?>)[]
                 {
                     ("model", q => q.Model), ("endpointTag", q => q.EndpointTag), ("promptVersion", q => q.PromptVersion), ("team", q => q.Team),
                     ("userId", q => q.UserId), ("provider", q => q.Provider),
                 })
            RuleFor(q => value(q)).MaximumLength(IngestLimits.DimensionMaxLength).OverridePropertyName(name)
                .WithMessage($"{name} is at most {IngestLimits.DimensionMaxLength} characters, as ingest stores it.");
    }
}
