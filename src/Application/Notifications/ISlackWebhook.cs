using System.Text.Json.Nodes;
using AIntops.Application.Common.Messaging;

namespace AIntops.Application.Notifications;

/// <summary>Posts a message to a Slack incoming webhook, once (the outbox does the retrying).</summary>
public interface ISlackWebhook
{
    Task<SendOutcome> PostAsync(Uri webhookUrl, SlackMessage message, CancellationToken cancellationToken);
}

/// <summary>An incoming-webhook payload: <paramref name="Text"/> is the fallback for notifications, <paramref name="Blocks"/> the layout.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
