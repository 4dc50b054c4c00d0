using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AIntops.Application.Providers;
using AIntops.Infrastructure.Outbound;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AIntops.Infrastructure.Providers;

/// <summary>Sending to a provider: failures become provider exceptions; pages are followed to the end; key checks are classified.</summary>
public static class ProviderHttp
{
    /// <summary>A missing field without a default, or a null where the wire records do not allow one, fails the read.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string BucketWidthName(UsageBucketWidth width) => width switch
    {
        UsageBucketWidth.Minute => "1m",
        UsageBucketWidth.Hour => "1h",
        _ => "1d",
    };

    /// <summary>Buckets per page the usage APIs of both providers allow at most.</summary>
    public static int MaxBuckets(UsageBucketWidth width) => width switch
    {
        UsageBucketWidth.Minute => 1440,
        UsageBucketWidth.Hour => 168,
        _ => 31,
    };

    public static async Task<T> GetAsync<T>(HttpClient http, string provider, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var sent = request;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (OutboundHttp.Refusal(e) is { } refused)
        {
            throw refused;
        }
        catch (HttpRequestException e) when (OutboundHttp.IsTooLarge(e))
        {
            throw new ProviderBadAnswerException(provider, e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
                                      || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ProviderUnavailableException(provider, e.Message, e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new ProviderApiException(provider, (int)response.StatusCode, ErrorMessage(await response.Content.ReadAsStringAsync(cancellationToken)));
            try
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new ProviderBadAnswerException(provider);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                throw new ProviderBadAnswerException(provider, e);
            }
        }
    }

    /// <summary>Every page of a result, following <c>next_page</c> while <c>has_more</c>.</summary>
    public static async IAsyncEnumerable<WirePage<TBucket>> PagesAsync<TBucket>(
        HttpClient http, string provider, Func<string?, HttpRequestMessage> request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await GetAsync<WirePage<TBucket>>(http, provider, request(cursor), cancellationToken);
            yield return page;
            cursor = page.HasMore ? page.NextPage : null;
            if (cursor is not null && !seen.Add(cursor)) throw new ProviderBadAnswerException(provider);
        }
        while (cursor is not null);
    }

    public static async Task<ProviderConnectionCheck> CheckAsync(Func<Task> probe)
    {
        try
        {
            await probe();
            return new ProviderConnectionCheck(ProviderConnectionStatus.Valid);
        }
        catch (Exception e) when (ProviderFailures.StatusOf(e) is { } status)
        {
            return new ProviderConnectionCheck(status, e.Message);
        }
    }

    public static Uri Endpoint(Uri baseUrl, string path, string query) => new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{path}?{query}");

    /// <summary>Both providers put the message at <c>error.message</c>.</summary>
    private static string? ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("message", out var message) ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}

/// <summary>The page envelope both providers use.</summary>
public sealed record WirePage<TBucket>(IReadOnlyList<TBucket> Data, bool HasMore, string? NextPage = null);
