using AIntops.Application.Common;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications;
using AIntops.Application.Notifications.Delivery;
using AIntops.Infrastructure.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Notifications;

public static class NotificationsRegistration
{
    /// <summary>The Slack, signed webhook and SMTP transports and the options of the outbox, the SMTP server and the app's public address.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppOptions>(configuration.GetSection(AppOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<NotificationDeliveryOptions>(configuration.GetSection(NotificationDeliveryOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<EmailQueue>();
        services.AddHostedService<QueuedEmailSender>();
        services.AddHttpClient<ISlackWebhook, SlackWebhookClient>(WithSendTimeout).ThroughOutboundGuard();
        services.AddHttpClient<ISignedWebhook, SignedWebhookClient>(WithSendTimeout).ThroughOutboundGuard();
        return services;
    }

    private static void WithSendTimeout(IServiceProvider services, HttpClient client) =>
        client.Timeout = services.GetRequiredService<IOptions<NotificationDeliveryOptions>>().Value.SendTimeout;
}
