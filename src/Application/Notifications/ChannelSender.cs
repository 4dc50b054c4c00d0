using System.Security.Cryptography;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Security;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>Sends content to one channel over its transport, decrypting a webhook URL and signing secret only for the call.</summary>
public sealed class ChannelSender(ISlackWebhook slack, ISignedWebhook webhook, IEmailSender email, ISecretProtector secrets)
{
    private const string UrlLost = "The stored webhook URL cannot be decrypted with the configured keys (AINTOPS_FERNET_KEYS). Enter the URL again.";
    private const string SecretLost = "The stored signing secret cannot be decrypted with the configured keys (AINTOPS_FERNET_KEYS). Rotate the secret.";

    /// <param name="deliveryId">The outbox row being sent, or a new id for a test message.</param>
    public Task<SendOutcome> SendAsync(NotificationChannel channel, NotificationContent content, Guid deliveryId, CancellationToken cancellationToken) =>
        channel.Kind switch
        {
            ChannelKind.Slack => SendToSlackAsync(channel, content, cancellationToken),
            ChannelKind.Webhook => SendToWebhookAsync(channel, content, deliveryId, cancellationToken),
            _ => SendEmailAsync(channel, content, cancellationToken),
        };

    private async Task<SendOutcome> SendToSlackAsync(NotificationChannel channel, NotificationContent content, CancellationToken cancellationToken) =>
        Decrypt(channel.WebhookUrlToken!) is { } url ? await slack.PostAsync(new Uri(url), content.ToSlack(), cancellationToken) : Lost(UrlLost);

    private async Task<SendOutcome> SendToWebhookAsync(NotificationChannel channel, NotificationContent content, Guid deliveryId,
        CancellationToken cancellationToken)
    {
        if (Decrypt(channel.WebhookUrlToken!) is not { } url) return Lost(UrlLost);
        if (Decrypt(channel.SigningSecretToken!) is not { } secret) return Lost(SecretLost);
        return await webhook.PostAsync(new Uri(url), secret, deliveryId, content.ToWebhook(), cancellationToken);
    }

    private string? Decrypt(string token)
    {
        try
        {
            return secrets.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static SendOutcome Lost(string error) => SendOutcome.Failed(null, error, destinationGone: true);

    private Task<SendOutcome> SendEmailAsync(NotificationChannel channel, NotificationContent content, CancellationToken cancellationToken) =>
        email.IsConfigured
            ? email.SendAsync(content.ToEmail(channel.RecipientList), cancellationToken)
            : Task.FromResult(SendOutcome.Transient(null, "SMTP is not configured on the server (Smtp:Host and Smtp:From)."));
}
