using System.Net;
using System.Text.Json.Nodes;
using AIntops.Application.Common;
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

    /// <summary>The SPA's page of one week's report.</summary>
    public static string ReportPath(string week) => $"/reports/weekly/{week}";

    /// <summary>An alert links to the inbox; a weekly report to its page.</summary>
    public static NotificationContent Of(Alert alert, AppOptions app) => new(alert.Type, alert.Severity, alert.Title, alert.Message,
        app.Link(alert.ReportWeek is { } week ? ReportPath(week) : InboxPath));

    public static NotificationContent Test(string channelName, string inboxLink) => new(TestType, AlertSeverity.Info, "Test message from AIntops",
        $"The notification channel \"{channelName}\" works: alerts of the types it is subscribed to will arrive here.", inboxLink);

    private string Label => Severity.ToString();

    private string LinkText => Type == AlertTypes.WeeklyReport ? "Open the report" : "Open the alerts inbox";

    public SlackMessage ToSlack() => new($"{Label}: {Title}", new JsonArray(
        Section($"*{Escape(Title)}*\n{Escape(Message)}"),
        new JsonObject
        {
            ["type"] = "section",
            ["fields"] = new JsonArray(Markdown($"*Severity*\n{Label}"), Markdown($"*Type*\n{Type}")),
        },
        Section($"<{Link}|{LinkText}>")));

    /// <summary>Plain text, and the same as HTML for mail clients that show it.</summary>
    public EmailMessage ToEmail(IReadOnlyList<string> recipients) => new(recipients, $"[AIntops] {Label}: {Title}",
        $"{Title}\n\n{Message}\n\nSeverity: {Label}\nType: {Type}\n\n{LinkText}: {Link}\n",
        $"""
         <!DOCTYPE html>
         <html><body style="font-family: sans-serif; color: #111; background: #fff; max-width: 640px">
         <h2 style="font-size: 18px">{Html(Title)}</h2>
         {string.Concat(Message.Split('\n').Select(line => $"<p style=\"margin: 4px 0\">{Html(line)}</p>"))}
         <p style="color: #555">Severity: {Label} · Type: {Html(Type)}</p>
         <p><a href="{Html(Link)}">{LinkText}</a></p>
         </body></html>
         """);

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Markdown(text) };

    private static JsonObject Markdown(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's control characters in mrkdwn text.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
