using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Outbound;
using AIntops.Infrastructure.Outbound;
using AIntops.Infrastructure.Providers;

namespace AIntops.Infrastructure.Notifications;

/// <summary>
/// One POST to a webhook URL through the outbound guard. A request that gets no answer becomes an outcome naming a category
/// (address not allowed, unreachable, too slow, answer too large), never the URL; an answer is left to the caller to classify.
/// </summary>
internal static class WebhookPost
{
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    /// <param name="destination">Who is called, as errors name it ("Slack", "The webhook endpoint").</param>
    /// <param name="classify">The answer's status, its trimmed body and the Retry-After it asks for, as an outcome.</param>
    public static async Task<SendOutcome> SendAsync(HttpClient http, HttpRequestMessage request, string destination, TimeProvider clock,
        Func<int, string, TimeSpan?, SendOutcome> classify, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (OutboundHttp.Refusal(e) is not null)
        {
            return SendOutcome.Failed(null, $"The webhook URL {OutboundAddressRefusedException.Category}", destinationGone: true);
        }
        catch (HttpRequestException e) when (OutboundHttp.IsTooLarge(e))
        {
            return SendOutcome.Transient(null, $"{destination} answered with more than the server reads.");
        }
        catch (HttpRequestException)
        {
            return SendOutcome.Transient(null, $"{destination} could not be reached.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Transient(null, $"{destination} did not answer within {http.Timeout.TotalSeconds:0} seconds.");
        }
        using (response)
        {
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            return classify((int)response.StatusCode, body, ProviderResilience.RetryAfter(response, clock.GetUtcNow(), MaxRetryAfter));
        }
    }
}
