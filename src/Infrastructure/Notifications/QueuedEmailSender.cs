using AIntops.Application.Common.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AIntops.Infrastructure.Notifications;

/// <summary>Sends the <see cref="EmailQueue"/> one message at a time. Logs the recipients of a failure, never the body (it may carry a secret link).</summary>
public sealed class QueuedEmailSender(EmailQueue queue, IEmailSender mail, ILogger<QueuedEmailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.ReadAllAsync(stoppingToken))
        {
            var outcome = await mail.SendAsync(message, stoppingToken);
            if (!outcome.Delivered)
                logger.LogWarning("The email \"{Subject}\" to {Recipients} was not sent: {Error}", message.Subject, string.Join(", ", message.To), outcome.Error);
        }
    }
}
