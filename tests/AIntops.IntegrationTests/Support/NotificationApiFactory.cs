using AIntops.Infrastructure.Security;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The API host with a Slack webhook receiver and an SMTP server beside it, both on loopback, both
/// real; the receiver is the one loopback address the API may call. The delivery job does not fire by itself; tests run it when they mean to.
/// </summary>
public sealed class NotificationApiFactory : ApiFactory, IAsyncLifetime
{
    public const string PublicUrl = "https://aintops.example.test";
    public const string Sender = "alerts@aintops.example.test";
    public const int MaxAttempts = 3;

    /// <summary>A loopback port the API may not call.</summary>
    public const int UnlistedPort = 1;

    public NotificationApiFactory() => Slack = new SlackReceiver(Clock);

    public FernetKey FernetKey { get; } = FernetKey.Generate();
    public SlackReceiver Slack { get; }
    public SmtpServer Smtp { get; } = new();

    /// <summary>A loopback port the API may call where nothing listens.</summary>
    public int ClosedPort { get; } = Loopback.FreePort();

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
        ["Outbound:AllowedPrivateHosts"] = $"{Slack.Authority},127.0.0.1:{ClosedPort}",
    };

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
