using AIntops.Application.Providers;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Providers;

/// <summary>What the OpenAI and Anthropic admin clients share: paging, page limits and the key check; they differ in paths, headers and time format.</summary>
public abstract class AdminApiClient(HttpClient http, IOptions<ProviderHttpOptions> options, TimeProvider time)
{
    public abstract string Provider { get; }

    protected abstract string UsagePath { get; }

    protected abstract HttpRequestMessage Request(ProviderCredentials credentials, Uri baseUrl, string path, string query);

    /// <summary>The query parameters of the window [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    protected abstract string Window(DateTime fromUtc, DateTime toUtc);

    /// <summary>One page of the last day's usage: enough to learn whether the key works.</summary>
    public Task<ProviderConnectionCheck> ValidateAsync(ProviderCredentials credentials, Uri baseUrl, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var request = Request(credentials, baseUrl, UsagePath, $"{Window(now.AddDays(-1), now)}&bucket_width=1d&limit=1");
        return ProviderHttp.CheckAsync(() => ProviderHttp.GetAsync<WirePage<object>>(http, Provider, request, cancellationToken));
    }

    protected async Task<List<T>> AllPagesAsync<TBucket, T>(ProviderCredentials credentials, Uri baseUrl, string path, string query,
        Func<WirePage<TBucket>, IEnumerable<T>> map, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var page in ProviderHttp.PagesAsync<TBucket>(http, Provider,
                           cursor => Request(credentials, baseUrl, path, cursor is null ? query : $"{query}&page={Uri.EscapeDataString(cursor)}"),
                           cancellationToken))
            try
            {
                items.AddRange(map(page));
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new ProviderBadAnswerException(Provider, e); // an amount that is no number, a time out of range
            }
        return items;
    }

    protected int Limit(int max) => Math.Min(options.Value.PageLimit ?? max, max);
}
