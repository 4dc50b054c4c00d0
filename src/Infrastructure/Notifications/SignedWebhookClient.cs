using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications;

namespace AIntops.Infrastructure.Notifications;

/// <summary>
/// Signed webhooks (docs/webhooks.md): the payload as JSON, <c>X-AIntops-Timestamp</c> (Unix seconds) and
/// <c>X-AIntops-Signature: v1=</c> the hex HMAC-SHA256 of "timestamp.body" keyed with the channel's secret. Any 2xx is delivered;
/// 408, 429 (with Retry-After) and 5xx are tried again; 410 Gone switches the channel off; any other answer is refused for good.
/// Errors name a category and never the receiver's body: the URL is the user's.
/// </summary>
public sealed class SignedWebhookClient(HttpClient http, TimeProvider clock) : ISignedWebhook
{
    public const string UserAgent = "AIntops-Webhook/1";
    private const string Destination = "The webhook endpoint";

    public Task<SendOutcome> PostAsync(Uri url, string signingSecret, Guid deliveryId, JsonObject payload, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Add("X-AIntops-Timestamp", timestamp);
        request.Headers.Add("X-AIntops-Signature", $"v1={Sign(signingSecret, timestamp, body)}");
        request.Headers.Add("X-AIntops-Delivery", deliveryId.ToString());
        return WebhookPost.SendAsync(http, request, Destination, clock, (status, _, retryAfter) => Classify(status, retryAfter), cancellationToken);
    }

    /// <summary>Lower-case hex HMAC-SHA256 over the UTF-8 bytes of the timestamp, a dot and the raw body, keyed with the secret's UTF-8 bytes.</summary>
    public static string Sign(string secret, string timestamp, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));

    public static SendOutcome Classify(int status, TimeSpan? retryAfter) => status switch
    {
        >= 200 and < 300 => SendOutcome.Ok(status),
        429 => SendOutcome.Transient(status,
            $"{Destination} asked to slow down{(retryAfter is { } wait ? $" (retry after {wait.TotalSeconds:0} s)" : "")}.", retryAfter),
        408 or >= 500 => SendOutcome.Transient(status, $"{Destination} failed to take the message; it is tried again later."),
        410 => SendOutcome.Failed(status, $"{Destination} answered that it is gone (410); the channel is switched off.", destinationGone: true),
        _ => SendOutcome.Failed(status, $"{Destination} refused the message; it is not sent again.", destinationGone: false),
    };
}
