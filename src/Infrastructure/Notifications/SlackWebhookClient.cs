using System.Net.Http.Json;
using System.Text.Json;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications;

namespace AIntops.Infrastructure.Notifications;

/// <summary>
/// Slack incoming webhooks: 200 "ok" on success, plain-text
/// error bodies otherwise, 429 with Retry-After when posting too fast.
/// Outcomes name a category and Slack's documented error code, never another body: the URL is the user's.
/// </summary>
public sealed class SlackWebhookClient(HttpClient http, TimeProvider clock) : ISlackWebhook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Errors that say the webhook itself is gone or refused, not just this message: nothing sent there can succeed.</summary>
    private static readonly HashSet<string> DestinationErrors =
    [
        "channel_not_found", "channel_is_archived", "no_service", "no_service_id", "no_active_hooks", "no_team", "team_disabled",
        "invalid_token", "action_prohibited", "posting_to_general_channel_denied", "user_not_found",
    ];

    /// <summary>The error codes Slack documents for incoming webhooks; only these are repeated to the user.</summary>
    private static readonly HashSet<string> DocumentedErrors =
        [.. DestinationErrors, "invalid_payload", "no_text", "too_many_attachments", "rollup_error"];

    public Task<SendOutcome> PostAsync(Uri webhookUrl, SlackMessage message, CancellationToken cancellationToken) =>
        WebhookPost.SendAsync(http, new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = JsonContent.Create(message, options: Json) }, "Slack",
            clock, Classify, cancellationToken);

    public static SendOutcome Classify(int status, string body, TimeSpan? retryAfter)
    {
        var code = DocumentedErrors.Contains(body) ? $" ({body})" : "";
        return status switch
        {
            >= 200 and < 300 => SendOutcome.Ok(status),
            429 => SendOutcome.Transient(status, $"Slack rate-limited the webhook{(retryAfter is { } wait ? $" (retry after {wait.TotalSeconds:0} s)" : "")}.",
                retryAfter),
            408 or >= 500 => SendOutcome.Transient(status, $"Slack failed to take the message{code}; it is tried again later."),
            _ => SendOutcome.Failed(status, $"Slack refused the message{code}.",
                destinationGone: DestinationErrors.Contains(body) || status is 403 or 404 or 410),
        };
    }
}
