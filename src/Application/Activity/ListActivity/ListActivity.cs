namespace AIntops.Application.Activity.ListActivity;

/// <param name="Limit">Page size; a page runs longer only to keep events of the same instant together.</param>
/// <param name="Before">Cursor: only events older than this (the last page's <c>nextBefore</c>).</param>
/// <param name="Type">Only events of this type, e.g. login_failed.</param>
public sealed record ListActivityQuery(int Limit = 50, DateTime? Before = null, string? Type = null) : IRequest<ActivityPage>;

public sealed record ActivityDto(Guid Id, string Type, Guid? ActorUserId, string? ActorEmail, string? Subject, string? Detail, string? ClientIp, DateTime CreatedAt);

public sealed record ActivityPage(IReadOnlyList<ActivityDto> Items, DateTime? NextBefore);

public sealed class ListActivityValidator : AbstractValidator<ListActivityQuery>
{
    public ListActivityValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 200);
}

public sealed class ListActivityHandler(IAppDbContext db) : IRequestHandler<ListActivityQuery, ActivityPage>
{
    public async Task<ActivityPage> Handle(ListActivityQuery request, CancellationToken cancellationToken)
    {
        var query = db.ActivityEvents.AsQueryable();
        if (request.Before is { } before) query = query.Where(e => e.CreatedAt < before);
        if (!string.IsNullOrEmpty(request.Type)) query = query.Where(e => e.Type == request.Type);
        // The cursor is a timestamp, so a page never splits events of one instant: it takes all of the last one.
        var instants = await query.OrderByDescending(e => e.CreatedAt).Select(e => e.CreatedAt).Take(request.Limit).ToListAsync(cancellationToken);
        DateTime? nextBefore = instants.Count == request.Limit ? instants[^1] : null;
        if (nextBefore is { } oldest) query = query.Where(e => e.CreatedAt >= oldest);
        var items = await query
            .GroupJoin(db.Users, e => e.ActorUserId, u => u.Id, (e, users) => new { e, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new ActivityDto(
                x.e.Id, x.e.Type, x.e.ActorUserId, u == null ? null : u.Email, x.e.Subject, x.e.Detail, x.e.ClientIp, x.e.CreatedAt))
            .ToListAsync(cancellationToken);
        items = items.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();
        return new ActivityPage(items, nextBefore);
    }
}
