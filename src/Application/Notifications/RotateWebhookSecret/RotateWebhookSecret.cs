using AIntops.Application.Common.Security;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications.RotateWebhookSecret;

/// <summary>Gives a webhook channel a new signing secret, shown once in the answer; the old one signs nothing from now on.</summary>
public sealed record RotateWebhookSecretCommand(Guid Id) : IRequest<NotificationChannelDto>;

public sealed class RotateWebhookSecretHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, ISecretProtector secrets)
    : IRequestHandler<RotateWebhookSecretCommand, NotificationChannelDto>
{
    public async Task<NotificationChannelDto> Handle(RotateWebhookSecretCommand request, CancellationToken cancellationToken)
    {
        var channel = await db.FindChannelAsync(request.Id, cancellationToken);
        if (channel.Kind != ChannelKind.Webhook) throw new ConflictException("Only webhook channels have a signing secret.");
        var now = clock.GetUtcNow().UtcDateTime;
        var signingSecret = SigningSecrets.New();
        channel.ReplaceSigningSecret(secrets.Protect(signingSecret), now);
        db.Record(channel.OrganizationId, ActivityTypes.NotificationChannelUpdated, caller.UserId, caller.ClientIp, now,
            subject: NotificationNames.Name(channel.Kind), detail: $"{channel.Name}: signing secret rotated");
        await db.SaveChangesAsync(cancellationToken);
        return NotificationChannelDto.From(channel) with { SigningSecret = signingSecret };
    }
}
