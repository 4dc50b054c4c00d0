using AIntops.Application.Common.Validation;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Alerts.ListAlerts;

/// <param name="Limit">Page size, 1 to 200.</param>
/// <param name="Before">Cursor: the previous page's nextBefore.</param>
/// <param name="Unread">true: only alerts nobody has acknowledged; false: only acknowledged ones.</param>
/// <param name="Type">Only alerts of this type.</param>
public sealed record ListAlertsQuery(
    int Limit = 50,
    string? Before = null,
    bool? Unread = null,
    [OneOf(typeof(AlertTypes), nameof(AlertTypes.All))] string? Type = null) : IRequest<AlertPage>;

/// <param name="NextBefore">Pass as before for the next (older) page; null on the last page.</param>
public sealed record AlertPage(IReadOnlyList<AlertDto> Items, string? NextBefore);

public sealed class ListAlertsValidator : AbstractValidator<ListAlertsQuery>
{
    public ListAlertsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Before).Must(b => b is null || AlertCursor.TryParse(b, out _)).WithMessage("before must be the nextBefore of a previous page.");
        RuleFor(q => q.Type).OneOf(AlertTypes.All, "type");
    }
}

public sealed class ListAlertsHandler(IAppDbContext db) : IRequestHandler<ListAlertsQuery, AlertPage>
{
    public async Task<AlertPage> Handle(ListAlertsQuery request, CancellationToken cancellationToken)
    {
        var alerts = db.Alerts.AsNoTracking();
        if (request.Unread is { } unread) alerts = unread ? alerts.Where(a => a.AcknowledgedAt == null) : alerts.Where(a => a.AcknowledgedAt != null);
        if (request.Type is { } type) alerts = alerts.Where(a => a.Type == type);
        if (AlertCursor.TryParse(request.Before, out var before))
            alerts = alerts.Where(a => a.CreatedAt < before.CreatedAt || (a.CreatedAt == before.CreatedAt && a.Id.CompareTo(before.Id) < 0));
        var rows = await alerts.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new AlertCursor(page[^1].CreatedAt, page[^1].Id).ToString() : null;
        return new AlertPage(await db.ToDtosAsync(page, cancellationToken), next);
    }
}

/// <summary>Where a page ends: the last alert's time and id.</summary>
public sealed record AlertCursor(DateTime CreatedAt, Guid Id)
{
    public override string ToString() => $"{CreatedAt.Ticks}_{Id:N}";

    public static bool TryParse(string? text, out AlertCursor cursor)
    {
        cursor = null!;
        var parts = text?.Split('_');
        if (parts is not [var ticks, var id] || !long.TryParse(ticks, out var t) || t < 0 || t > DateTime.MaxValue.Ticks || !Guid.TryParse(id, out var g))
            return false;
        cursor = new AlertCursor(new DateTime(t, DateTimeKind.Utc), g);
        return true;
    }
}
