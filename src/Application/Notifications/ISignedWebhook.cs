using System.Text.Json.Nodes;
using AIntops.Application.Common.Messaging;

namespace AIntops.Application.Notifications;

/// <summary>Posts a payload to a webhook channel's URL, signed with its secret (docs/webhooks.md), once (the outbox does the retrying).</summary>
public interface ISignedWebhook
{
    /// <param name="deliveryId">Sent as X-AIntops-Delivery: the outbox row (the same on every retry of one alert to one channel).</param>
    Task<SendOutcome> PostAsync(Uri url, string signingSecret, Guid deliveryId, JsonObject payload, CancellationToken cancellationToken);
}
