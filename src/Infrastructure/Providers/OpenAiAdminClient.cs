using System.Net.Http.Headers;
using AIntops.Application.Providers;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Providers;

/// <summary>
/// OpenAI's organization usage and costs API. The base URL includes <c>/v1</c>
/// (<c>https://api.openai.com/v1</c>). Costs are daily only.
/// </summary>
public sealed class OpenAiAdminClient(HttpClient http, IOptions<ProviderHttpOptions> options, TimeProvider time)
    : AdminApiClient(http, options, time), IProviderUsageClient
{
    private const int CostsMaxBuckets = 180;

    public override string Provider => ProviderNames.OpenAi;

    protected override string UsagePath => "organization/usage/completions";

    public async Task<IReadOnlyList<ProviderUsageRecord>> FetchUsageAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        UsageBucketWidth width, CancellationToken cancellationToken)
    {
        var query = $"{Window(fromUtc, toUtc)}&bucket_width={ProviderHttp.BucketWidthName(width)}&limit={Limit(ProviderHttp.MaxBuckets(width))}"
            + "&group_by=model&group_by=project_id&group_by=api_key_id";
        return await AllPagesAsync<OpenAiBucket<OpenAiUsageResult>, ProviderUsageRecord>(credentials, baseUrl, UsagePath, query,
            page => OpenAiMapping.Usage(page, width), cancellationToken);
    }

    public async Task<IReadOnlyList<ProviderUsageRecord>> FetchCostsAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken)
    {
        var query = $"{Window(fromUtc, toUtc)}&bucket_width=1d&limit={Limit(CostsMaxBuckets)}&group_by=project_id&group_by=line_item";
        var lines = await AllPagesAsync<OpenAiBucket<OpenAiCostResult>, CostLine>(credentials, baseUrl, "organization/costs", query,
            OpenAiMapping.Costs, cancellationToken);
        return CostRows.Sum(Provider, lines);
    }

    protected override HttpRequestMessage Request(ProviderCredentials credentials, Uri baseUrl, string path, string query) =>
        new(HttpMethod.Get, ProviderHttp.Endpoint(baseUrl, path, query))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", credentials.AdminKey) },
        };

    protected override string Window(DateTime fromUtc, DateTime toUtc) => $"start_time={Unix(fromUtc)}&end_time={Unix(toUtc)}";

    private static long Unix(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();
}
