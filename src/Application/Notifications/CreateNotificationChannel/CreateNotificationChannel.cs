using System.Text.Json.Serialization;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Outbound;
using AIntops.Application.Common.Security;
using AIntops.Application.Common.Validation;
using AIntops.Application.Plans;
using AIntops.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Notifications.CreateNotificationChannel;

/// <summary>A Slack incoming webhook, a list of email recipients or a signed webhook, and the alert types it receives.</summary>
/// <param name="Type">slack, email or webhook.</param>
/// <param name="WebhookUrl">Slack: the incoming webhook URL; webhook: the URL alerts are POSTed to (https; http only to a host:port the operator
/// allows). Stored encrypted, never returned.</param>
/// <param name="Recipients">Email: the addresses to send alerts to (the server's SMTP settings send them).</param>
/// <param name="AlertTypes">budget_warning, budget_critical, anomaly, recommendation, provider_sync_failure, weekly_report. Default: all.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateNotificationChannelCommand(
    [OneOf(typeof(NotificationNames), nameof(NotificationNames.ChannelTypes))] string Type,
    string Name,
    string? WebhookUrl = null,
    IReadOnlyList<string>? Recipients = null,
    IReadOnlyList<string>? AlertTypes = null,
    bool Enabled = true) : IRequest<NotificationChannelDto>, IChannelSettings;

public sealed class CreateNotificationChannelValidator : AbstractValidator<CreateNotificationChannelCommand>
{
    public CreateNotificationChannelValidator(IOptions<OutboundOptions> outbound)
    {
        RuleFor(c => c.Type).NotNull().OneOf(NotificationNames.ChannelTypes, "type");
        Include(new ChannelSettingsRules<CreateNotificationChannelCommand>(outbound.Value));
    }
}

public sealed class CreateNotificationChannelHandler(
    IAppDbContext db, ICurrentUser caller, TimeProvider clock, ISecretProtector secrets, IEmailSender email, PlanGate plan)
    : IRequestHandler<CreateNotificationChannelCommand, NotificationChannelDto>
{
    public async Task<NotificationChannelDto> Handle(CreateNotificationChannelCommand request, CancellationToken cancellationToken)
    {
        NotificationNames.TryParseChannelType(request.Type, out var kind);
        request.EnsureFitsKind(kind, creating: true);
        if (kind == ChannelKind.Email && !email.IsConfigured)
            throw new ConflictException("Email channels need the server's SMTP settings (Smtp:Host and Smtp:From); ask the operator to configure them.");
        await plan.EnsureRoomAsync("notification channels", db.NotificationChannels, a => a.NotificationChannels, cancellationToken);
        var organizationId = caller.RequireOrganizationId();
        var now = clock.GetUtcNow().UtcDateTime;
        var name = request.Name.Trim();
        var url = request.WebhookUrl?.Trim();
        var signingSecret = kind == ChannelKind.Webhook ? SigningSecrets.New() : null;
        var channel = kind switch
        {
            ChannelKind.Slack => NotificationChannel.Slack(organizationId, name, secrets.Protect(url!), WebhookUrls.Mask(url!), request.TypesOrAll(),
                request.Enabled, caller.RequireUserId(), now),
            ChannelKind.Webhook => NotificationChannel.Webhook(organizationId, name, secrets.Protect(url!), WebhookUrls.Mask(url!),
                secrets.Protect(signingSecret!), request.TypesOrAll(), request.Enabled, caller.RequireUserId(), now),
            _ => NotificationChannel.Email(organizationId, name, request.Addresses(), request.TypesOrAll(), request.Enabled, caller.RequireUserId(), now),
        };
        db.NotificationChannels.Add(channel);
        db.Record(organizationId, ActivityTypes.NotificationChannelCreated, caller.UserId, caller.ClientIp, now, subject: request.Type, detail: name);
        await db.SaveChangesAsync(cancellationToken);
        return NotificationChannelDto.From(channel) with { SigningSecret = signingSecret };
    }
}
