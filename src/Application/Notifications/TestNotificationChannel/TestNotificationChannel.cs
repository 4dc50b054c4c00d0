using AIntops.Application.Common;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.TestNotificationChannel;

/// <summary>Sends a test message to the channel now (also when it is switched off) and reports how it went; nothing is stored.</summary>
public sealed record TestNotificationChannelCommand(Guid Id) : IRequest<ChannelTestResult>;

/// <param name="Error">Why it was not delivered, as a category (unreachable, refused, address not allowed…) with Slack's documented error code
/// such as channel_not_found; never the body or status of whatever answered.</param>
/// <param name="Permanent">Trying again will not help until the channel's settings are fixed.</param>
public sealed record ChannelTestResult(bool Delivered, string? Error, bool Permanent);

public sealed class TestNotificationChannelHandler(IAppDbContext db, ChannelSender sender, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<TestNotificationChannelCommand, ChannelTestResult>
{
    public async Task<ChannelTestResult> Handle(TestNotificationChannelCommand request, CancellationToken cancellationToken)
    {
        var channel = await db.FindChannelAsync(request.Id, cancellationToken);
        var content = NotificationContent.Test(channel, app.Value.Link(NotificationContent.InboxPath), clock.GetUtcNow().UtcDateTime);
        var outcome = await sender.SendAsync(channel, content, Guid.NewGuid(), cancellationToken);
        return new ChannelTestResult(outcome.Delivered, outcome.Error, outcome.Permanent);
    }
}
