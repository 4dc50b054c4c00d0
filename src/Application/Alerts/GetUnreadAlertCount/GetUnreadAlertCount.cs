namespace AIntops.Application.Alerts.GetUnreadAlertCount;

public sealed record GetUnreadAlertCountQuery : IRequest<UnreadAlertCount>;

/// <param name="Count">Alerts nobody in the organization has acknowledged.</param>
public sealed record UnreadAlertCount(int Count);

public sealed class GetUnreadAlertCountHandler(IAppDbContext db) : IRequestHandler<GetUnreadAlertCountQuery, UnreadAlertCount>
{
    public async Task<UnreadAlertCount> Handle(GetUnreadAlertCountQuery request, CancellationToken cancellationToken) =>
        new(await db.Alerts.CountAsync(a => a.AcknowledgedAt == null, cancellationToken));
}
