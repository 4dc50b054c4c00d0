using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>Channel kinds, severities and delivery states travel as lower-case names on the wire.</summary>
public static class NotificationNames
{
    public static readonly IReadOnlyList<string> ChannelTypes = ["slack", "email", "webhook"];

    public static string Name(ChannelKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(AlertSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Name(DeliveryState state) => state switch
    {
        DeliveryState.FailedPermanent => "failed_permanent",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static bool TryParseChannelType(string? name, out ChannelKind kind)
    {
        kind = name switch
        {
            "email" => ChannelKind.Email,
            "webhook" => ChannelKind.Webhook,
            _ => ChannelKind.Slack,
        };
        return name is not null && ChannelTypes.Contains(name);
    }
}
