using System.Text.Json.Nodes;
using AIntops.Application.Common.Messaging;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>What a channel is sent, and how it reads in Slack (text plus blocks) and in an email.</summary>
/// <param name="Link">Where to act on it in the app.</param>
public sealed record NotificationContent(string Type, AlertSeverity Severity, string Title, string Message, string Link)
{
    public const string TestType = "test";

    /// <summary>The SPA's alerts inbox.</summary>
    public const string InboxPath = "/alerts";

    public static NotificationContent Of(Alert alert, string inboxLink) => new(alert.Type, alert.Severity, alert.Title, alert.Message, inboxLink);

    public static NotificationContent Test(string channelName, string inboxLink) => new(TestType, AlertSeverity.Info, "Test message from AIntops",
        $"The notification channel \"{channelName}\" works: alerts of the types it is subscribed to will arrive here.", inboxLink);

    private string Label => Severity.ToString();

    public SlackMessage ToSlack() => new($"{Label}: {Title}", new JsonArray(
        Section($"*{Escape(Title)}*\n{Escape(Message)}"),
        new JsonObject
        {
            ["type"] = "section",
            ["fields"] = new JsonArray(Markdown($"*Severity*\n{Label}"), Markdown($"*Type*\n{Type}")),
        },
        Section($"<{Link}|Open the alerts inbox>")));

    public EmailMessage ToEmail(IReadOnlyList<string> recipients) => new(recipients, $"[AIntops] {Label}: {Title}",
        $"{Title}\n\n{Message}\n\nSeverity: {Label}\nType: {Type}\n\nOpen the alerts inbox: {Link}\n");

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Markdown(text) };

    private static JsonObject Markdown(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's control characters in mrkdwn text.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
