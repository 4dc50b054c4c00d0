using System.Globalization;
using AIntops.Application.Providers;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Providers;

/// <summary>
/// Anthropic's usage and cost report API. The base URL excludes <c>/v1</c>
/// (<c>https://api.anthropic.com</c>), as in Anthropic's SDKs. The cost report is daily only.
/// </summary>
public sealed class AnthropicAdminClient(HttpClient http, IOptions<ProviderHttpOptions> options, TimeProvider time)
    : AdminApiClient(http, options, time), IProviderUsageClient
{
    public const string ApiVersion = "2023-06-01";
    private static readonly string GroupBy = Uri.EscapeDataString("group_by[]");

    public override string Provider => ProviderNames.Anthropic;

    protected override string UsagePath => "v1/organizations/usage_report/messages";

    public async Task<IReadOnlyList<ProviderUsageRecord>> FetchUsageAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        UsageBucketWidth width, CancellationToken cancellationToken)
    {
        var query = $"{Window(fromUtc, toUtc)}&bucket_width={ProviderHttp.BucketWidthName(width)}&limit={Limit(ProviderHttp.MaxBuckets(width))}"
            + $"&{GroupBy}=model&{GroupBy}=workspace_id&{GroupBy}=api_key_id";
        return await AllPagesAsync<AnthropicBucket<AnthropicUsageResult>, ProviderUsageRecord>(credentials, baseUrl, UsagePath, query,
            page => AnthropicMapping.Usage(page, width), cancellationToken);
    }

    public async Task<IReadOnlyList<ProviderUsageRecord>> FetchCostsAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken)
    {
        var query = $"{Window(fromUtc, toUtc)}&bucket_width=1d&limit={Limit(ProviderHttp.MaxBuckets(UsageBucketWidth.Day))}"
            + $"&{GroupBy}=workspace_id&{GroupBy}=description";
        var lines = await AllPagesAsync<AnthropicBucket<AnthropicCostResult>, CostLine>(credentials, baseUrl, "v1/organizations/cost_report", query,
            AnthropicMapping.Costs, cancellationToken);
        return CostRows.Sum(Provider, lines);
    }

    protected override HttpRequestMessage Request(ProviderCredentials credentials, Uri baseUrl, string path, string query) =>
        new(HttpMethod.Get, ProviderHttp.Endpoint(baseUrl, path, query))
        {
            Headers = { { "x-api-key", credentials.AdminKey }, { "anthropic-version", ApiVersion }, { "User-Agent", "AIntops" } },
        };

    protected override string Window(DateTime fromUtc, DateTime toUtc) =>
        $"starting_at={Uri.EscapeDataString(Rfc3339(fromUtc))}&ending_at={Uri.EscapeDataString(Rfc3339(toUtc))}";

    private static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
