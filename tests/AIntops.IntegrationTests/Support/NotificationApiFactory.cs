using AIntops.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The API host with a Slack webhook receiver and an SMTP server beside it, both on loopback, both
/// real. The delivery job does not fire by itself; tests run it when they mean to.
/// </summary>
public sealed class NotificationApiFactory : ApiFactory, IAsyncLifetime
{
    public const string PublicUrl = "https://aintops.example.test";
    public const string Sender = "alerts@aintops.example.test";
    public const int MaxAttempts = 3;

    public NotificationApiFactory() => Slack = new SlackReceiver(Clock);

    public FernetKey FernetKey { get; } = FernetKey.Generate();
    public SlackReceiver Slack { get; }
    public SmtpServer Smtp { get; } = new();

    /// <summary>Everything the host logs at Information and above, whatever the configured levels.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AINTOPS_FERNET_KEYS"] = FernetKey.ToBase64Url(),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Smtp.Port.ToString(),
        ["Smtp:EnableSsl"] = "false",
        ["Smtp:From"] = Sender,
        ["App:PublicUrl"] = PublicUrl,
        ["Jobs:NotificationDelivery:MaxAttempts"] = MaxAttempts.ToString(),
        ["Jobs:NotificationDelivery:RetryBaseDelay"] = "00:01:00",
        ["Jobs:NotificationDelivery:SendTimeout"] = "00:00:05",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Information));
    }

    public async Task InitializeAsync()
    {
        Smtp.Start();
        await Slack.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Slack.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
