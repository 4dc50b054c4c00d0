namespace AIntops.Application.Notifications.DeleteNotificationChannel;

/// <summary>Removes the channel with its stored webhook URL; its deliveries (sent or not) go with it, the alerts stay.</summary>
public sealed record DeleteNotificationChannelCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteNotificationChannelHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<DeleteNotificationChannelCommand, Unit>
{
    public async Task<Unit> Handle(DeleteNotificationChannelCommand request, CancellationToken cancellationToken)
    {
        var channel = await db.FindChannelAsync(request.Id, cancellationToken);
        db.NotificationChannels.Remove(channel);
        db.Record(channel.OrganizationId, ActivityTypes.NotificationChannelDeleted, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: NotificationNames.Name(channel.Kind), detail: channel.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
