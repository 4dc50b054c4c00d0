namespace AIntops.Application.Notifications.ListNotificationChannels;

public sealed record ListNotificationChannelsQuery : IRequest<IReadOnlyList<NotificationChannelDto>>;

public sealed class ListNotificationChannelsHandler(IAppDbContext db) : IRequestHandler<ListNotificationChannelsQuery, IReadOnlyList<NotificationChannelDto>>
{
    public async Task<IReadOnlyList<NotificationChannelDto>> Handle(ListNotificationChannelsQuery request, CancellationToken cancellationToken) =>
        (await db.NotificationChannels.AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken)).Select(NotificationChannelDto.From).ToList();
}
