using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Deployment;

/// <summary>The metrics endpoint counts what the instance did; every response carries its request id.</summary>
public sealed class ObservabilityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// A process of its own: metric listeners see every meter of a name in the process, so in-process test hosts
    /// running side by side would count each other's events.
    /// </summary>
    [Fact]
    public async Task Metrics_count_ingested_events_by_outcome_writer_batches_and_queue_depth()
    {
        await using var deployment = await ApiInstances.StartAsync(1);
        var api = deployment.Instances[0];
        using var owner = api.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();
        using var sender = api.CreateClient().WithApiKey(key);
        var before = await ScrapeAsync(api);

        await sender.IngestAsync(IngestApi.Event("m-1"));
        await sender.IngestAsync(IngestApi.Event("m-1"));
        (await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = new[] { IngestApi.Event("m-2"), IngestApi.Event("m-3") } })).EnsureSuccessStatusCode();

        await ProviderApi.EventuallyAsync(async () =>
        {
            var after = await ScrapeAsync(api);
            return Value(after, "aintops_ingest_events_total", "outcome=\"accepted\"") - Value(before, "aintops_ingest_events_total", "outcome=\"accepted\"") == 3
                && Value(after, "aintops_ingest_events_total", "outcome=\"duplicate\"") - Value(before, "aintops_ingest_events_total", "outcome=\"duplicate\"") == 1
                && Value(after, "aintops_ingest_writer_batch_size_sum", "") - Value(before, "aintops_ingest_writer_batch_size_sum", "") == 4;
        }, () => "The ingest counters did not reach the expected values.");
        var metrics = await ScrapeAsync(api);
        Assert.Contains("aintops_ingest_writer_queue_depth", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics); // ASP.NET Core's own meter
    }

    [Fact]
    public async Task Every_response_carries_its_own_request_id()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/v1/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.False(string.IsNullOrWhiteSpace(requestId));
        Assert.NotEqual(requestId, Assert.Single((await client.GetAsync("/health/live")).Headers.GetValues("X-Request-Id")));
    }

    private static async Task<string> ScrapeAsync(ApiProcess api)
    {
        using var client = api.CreateClient();
        var response = await client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of a sample of the Prometheus text format whose labels contain <paramref name="label"/>; 0 when absent.</summary>
    private static double Value(string metrics, string name, string label) =>
        Regex.Matches(metrics, $@"^{name}(\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline)
            .Where(m => m.Groups[1].Value.Contains(label)).Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Sum();
}
