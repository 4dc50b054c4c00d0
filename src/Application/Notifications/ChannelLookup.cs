using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

public static class ChannelLookup
{
    public static async Task<NotificationChannel> FindChannelAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.NotificationChannels.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("No notification channel with that id in this organization.");
}
