using System.Net;
using System.Text.Json.Nodes;
using AIntops.Application.Common;
using AIntops.Application.Common.Messaging;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Notifications;

/// <summary>What a channel is sent, and how it reads in Slack (text plus blocks), in an email and as a webhook's JSON (docs/webhooks.md).</summary>
/// <param name="Id">The alert's id (a test message has its own), so that receivers can tell a retry from a new alert.</param>
/// <param name="Link">Where to act on it in the app.</param>
/// <param name="Subject">What the alert is about (budget, anomaly, recommendation, provider connection, report week).</param>
public sealed record NotificationContent(
    Guid Id, Guid OrganizationId, DateTime OccurredAt, string Type, AlertSeverity Severity, string Title, string Message, string Link, AlertLinks Subject)
{
    public const string TestType = "test";

    /// <summary>The SPA's alerts inbox.</summary>
    public const string InboxPath = "/alerts";

    /// <summary>The SPA's page of one week's report.</summary>
    public static string ReportPath(string week) => $"/reports/weekly/{week}";

    /// <summary>An alert links to the inbox; a weekly report to its page.</summary>
    public static NotificationContent Of(Alert alert, AppOptions app) => new(alert.Id, alert.OrganizationId, alert.CreatedAt, alert.Type, alert.Severity,
        alert.Title, alert.Message, app.Link(alert.ReportWeek is { } week ? ReportPath(week) : InboxPath),
        new AlertLinks(alert.BudgetId, alert.AnomalyId, alert.RecommendationId, alert.ProviderConnectionId, alert.ReportWeek));

    public static NotificationContent Test(NotificationChannel channel, string inboxLink, DateTime now) => new(Guid.NewGuid(), channel.OrganizationId, now,
        TestType, AlertSeverity.Info, "Test message from AIntops",
        $"The notification channel \"{channel.Name}\" works: alerts of the types it is subscribed to will arrive here.", inboxLink, new AlertLinks());

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

    /// <summary>The webhook payload, schema as docs/webhooks.md documents it; <c>data</c> holds only the subject ids the alert has.</summary>
    public JsonObject ToWebhook() => new()
    {
        ["id"] = Id,
        ["type"] = Type,
        ["severity"] = NotificationNames.Name(Severity),
        ["title"] = Title,
        ["text"] = Message,
        ["occurredAt"] = DateTime.SpecifyKind(OccurredAt, DateTimeKind.Utc),
        ["organizationId"] = OrganizationId,
        ["link"] = Link,
        ["data"] = SubjectData(),
    };

    private JsonObject SubjectData()
    {
        var data = new JsonObject();
        if (Subject.BudgetId is { } budget) data["budgetId"] = budget;
        if (Subject.AnomalyId is { } anomaly) data["anomalyId"] = anomaly;
        if (Subject.RecommendationId is { } recommendation) data["recommendationId"] = recommendation;
        if (Subject.ProviderConnectionId is { } connection) data["providerConnectionId"] = connection;
        if (Subject.ReportWeek is { } week) data["reportWeek"] = week;
        return data;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = Markdown(text) };

    private static JsonObject Markdown(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's control characters in mrkdwn text.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
