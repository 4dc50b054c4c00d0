using System.Security.Cryptography;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Security;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>Sends content to one channel over its transport, decrypting a Slack webhook URL only for the call.</summary>
public sealed class ChannelSender(ISlackWebhook slack, IEmailSender email, ISecretProtector secrets)
{
    public Task<SendOutcome> SendAsync(NotificationChannel channel, NotificationContent content, CancellationToken cancellationToken) =>
        channel.Kind == ChannelKind.Slack ? SendToSlackAsync(channel, content, cancellationToken) : SendEmailAsync(channel, content, cancellationToken);

    private async Task<SendOutcome> SendToSlackAsync(NotificationChannel channel, NotificationContent content, CancellationToken cancellationToken)
    {
        string url;
        try
        {
            url = secrets.Unprotect(channel.WebhookUrlToken!);
        }
        catch (CryptographicException)
        {
            return SendOutcome.Failed(null, "The stored webhook URL cannot be decrypted with the configured keys (AINTOPS_FERNET_KEYS). Enter the URL again.",
                destinationGone: true);
        }
        return await slack.PostAsync(new Uri(url), content.ToSlack(), cancellationToken);
    }

    private Task<SendOutcome> SendEmailAsync(NotificationChannel channel, NotificationContent content, CancellationToken cancellationToken) =>
        email.IsConfigured
            ? email.SendAsync(content.ToEmail(channel.RecipientList), cancellationToken)
            : Task.FromResult(SendOutcome.Transient(null, "SMTP is not configured on the server (Smtp:Host and Smtp:From)."));
}
