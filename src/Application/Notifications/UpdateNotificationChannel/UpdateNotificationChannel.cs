using System.Text.Json.Serialization;
using AIntops.Application.Common.Outbound;
using AIntops.Application.Common.Security;
using AIntops.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.UpdateNotificationChannel;

/// <summary>Changes a channel's name, alert types and on/off switch; a new webhook URL or recipient list when given (left out: kept).</summary>
/// <param name="Enabled">Switching a channel on again clears a disabled-by-failure state.</param>
/// <param name="AlertTypes">The alert types it receives from now on. Default: all.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateNotificationChannelCommand(
    string Name, bool Enabled = true, IReadOnlyList<string>? AlertTypes = null, string? WebhookUrl = null, IReadOnlyList<string>? Recipients = null)
    : IRequest<NotificationChannelDto>, IChannelSettings
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateNotificationChannelValidator : AbstractValidator<UpdateNotificationChannelCommand>
{
    public UpdateNotificationChannelValidator(IOptions<OutboundOptions> outbound) =>
        Include(new ChannelSettingsRules<UpdateNotificationChannelCommand>(outbound.Value));
}

public sealed class UpdateNotificationChannelHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, ISecretProtector secrets)
    : IRequestHandler<UpdateNotificationChannelCommand, NotificationChannelDto>
{
    public async Task<NotificationChannelDto> Handle(UpdateNotificationChannelCommand request, CancellationToken cancellationToken)
    {
        var channel = await db.FindChannelAsync(request.Id, cancellationToken);
        request.EnsureFitsKind(channel.Kind, creating: false);
        var now = clock.GetUtcNow().UtcDateTime;
        channel.Configure(request.Name.Trim(), request.TypesOrAll(), request.Enabled, now);
        if (request.WebhookUrl is { } url) channel.ReplaceWebhook(secrets.Protect(url.Trim()), WebhookUrls.Mask(url.Trim()));
        if (request.Recipients is not null) channel.ReplaceRecipients(request.Addresses());
        db.Record(channel.OrganizationId, ActivityTypes.NotificationChannelUpdated, caller.UserId, caller.ClientIp, now,
            subject: NotificationNames.Name(channel.Kind), detail: channel.Name);
        await db.SaveChangesAsync(cancellationToken);
        return NotificationChannelDto.From(channel);
    }
}
