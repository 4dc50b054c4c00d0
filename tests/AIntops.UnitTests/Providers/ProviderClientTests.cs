using AIntops.Application.Providers;
using Microsoft.Extensions.DependencyInjection;
using static AIntops.UnitTests.Providers.Usage;

namespace AIntops.UnitTests.Providers;

/// <summary>The real clients against the real mock server over HTTP, for both providers.</summary>
public sealed class ProviderClientTests(MockServerFixture fixture) : IClassFixture<MockServerFixture>, IDisposable
{
    private readonly MockServer _server = fixture.Server;
    private readonly ServiceProvider _services = fixture.Server.Clients();

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task Hourly_usage_comes_by_model_project_and_key_with_every_token_kind(string provider)
    {
        var records = await _services.FetchUsage(_server, provider, Utc(11, 16), Utc(11, 18), UsageBucketWidth.Hour);

        Assert.All(records, r =>
        {
            Assert.Equal(provider, r.Provider);
            Assert.Equal(UsageBucketWidth.Hour, r.BucketWidth);
            Assert.Equal(DateTimeKind.Utc, r.BucketStartUtc.Kind);
            Assert.InRange(r.BucketStartUtc, Utc(11, 16), Utc(11, 17, 23));
            Assert.Null(r.CostNanoUsd);
            Assert.NotNull(r.Model);
        });
        Assert.InRange(records.Select(r => r.BucketStartUtc).Distinct().Count(), 44, 48);
        Assert.True(records.Select(r => r.Model).Distinct().Count() >= 3);
        Assert.True(records.Select(r => r.ProjectId).Distinct().Count() >= 3);
        Assert.True(records.Sum(r => r.CachedInputTokens) > 0);
        Assert.True(records.Sum(r => r.UncachedInputTokens) > records.Sum(r => r.OutputTokens) / 10);
        if (provider == ProviderNames.Anthropic)
        {
            Assert.True(records.Sum(r => r.CacheWrite5mTokens) > 0 && records.Sum(r => r.CacheWrite1hTokens) > 0);
            Assert.All(records, r => Assert.Null(r.Requests));
            Assert.Contains(records, r => r.ProjectId is null);
        }
        else Assert.All(records, r => Assert.True(r.Requests > 0));
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi, UsageBucketWidth.Day)]
    [InlineData(ProviderNames.OpenAi, UsageBucketWidth.Minute)]
    [InlineData(ProviderNames.Anthropic, UsageBucketWidth.Day)]
    [InlineData(ProviderNames.Anthropic, UsageBucketWidth.Minute)]
    public async Task Minute_and_daily_buckets_add_up_to_the_same_tokens_as_hourly_ones(string provider, UsageBucketWidth width)
    {
        var (from, to) = width == UsageBucketWidth.Day ? (Utc(11, 10), Utc(11, 13)) : (Utc(11, 17, 14), Utc(11, 17, 16));

        var hourly = await _services.FetchUsage(_server, provider, from, to, UsageBucketWidth.Hour);
        var other = await _services.FetchUsage(_server, provider, from, to, width);

        Assert.All(other, r => Assert.Equal(width, r.BucketWidth));
        Assert.Equal(width == UsageBucketWidth.Day ? 3 : 120, other.Select(r => r.BucketStartUtc).Distinct().Count());
        Assert.Equal(Totals(hourly), Totals(other));
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task Small_pages_are_followed_to_the_end_and_give_the_same_records_as_one_page(string provider)
    {
        using var smallPages = _server.Clients(("PageLimit", "5"));
        var before = await _server.RequestCountAsync();

        var paged = await smallPages.FetchUsage(_server, provider, Utc(11, 15), Utc(11, 17), UsageBucketWidth.Hour);
        var requests = await _server.RequestCountAsync() - before;
        var whole = await _services.FetchUsage(_server, provider, Utc(11, 15), Utc(11, 17), UsageBucketWidth.Hour);

        Assert.Equal(10, requests);
        Assert.Equal(whole.Sorted(), paged.Sorted());
        var pagedCosts = await smallPages.FetchCosts(_server, provider, Utc(10, 21), Utc(11, 19));
        Assert.Equal((await _services.FetchCosts(_server, provider, Utc(10, 21), Utc(11, 19))).Sorted(), pagedCosts.Sorted());
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task Overlapping_windows_and_later_clocks_give_identical_values_for_shared_buckets(string provider)
    {
        var first = await _services.FetchUsage(_server, provider, Utc(11, 12, 6), Utc(11, 13, 6), UsageBucketWidth.Hour);
        var second = await _services.FetchUsage(_server, provider, Utc(11, 12, 18), Utc(11, 14), UsageBucketWidth.Hour);
        await using var later = await MockServer.StartAsync(_server.Now.AddHours(7));
        using var laterServices = later.Clients();
        var third = await laterServices.FetchUsage(later, provider, Utc(11, 12, 18), Utc(11, 13, 6), UsageBucketWidth.Hour);

        var shared = first.Where(r => r.BucketStartUtc >= Utc(11, 12, 18)).Sorted();
        Assert.NotEmpty(shared);
        Assert.Equal(shared, second.Where(r => r.BucketStartUtc < Utc(11, 13, 6)).Sorted());
        Assert.Equal(shared, third.Sorted());
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task Billed_cost_is_the_usage_priced_at_the_catalog_prices(string provider)
    {
        var usage = await _services.FetchUsage(_server, provider, Utc(11, 9), Utc(11, 12), UsageBucketWidth.Hour);
        var costs = await _services.FetchCosts(_server, provider, Utc(11, 9), Utc(11, 12));

        var expected = usage.GroupBy(r => (r.BucketStartUtc.Date, r.Model, r.ProjectId)).ToDictionary(g => g.Key, g => g.Sum(CatalogCostNanoUsd));
        Assert.All(costs, c =>
        {
            Assert.Equal(UsageBucketWidth.Day, c.BucketWidth);
            Assert.Equal(0, c.InputTokens + c.OutputTokens);
        });
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(),
            costs.ToDictionary(c => (c.BucketStartUtc, c.Model, c.ProjectId), c => c.CostNanoUsd!.Value).OrderBy(e => e.Key).ToList());
        Assert.True(costs.Sum(c => c.CostNanoUsd) > 1_000_000_000, "more than a dollar over three days");
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi, "gpt-4o-2024-08-06", "proj_mock_research")]
    [InlineData(ProviderNames.Anthropic, "claude-opus-4-6", "wrkspc_mock_coding")]
    public async Task Thirty_days_of_history_hold_a_clear_cost_spike_for_anomaly_demos(string provider, string model, string project)
    {
        var usage = await _services.FetchUsage(_server, provider, Utc(10, 20), Utc(11, 19), UsageBucketWidth.Hour);

        var hourly = usage.Where(r => r.Model == model && r.ProjectId == project).Select(CatalogCostNanoUsd).Order().ToList();
        Assert.Equal(30, usage.Select(r => r.BucketStartUtc.Date).Distinct().Count());
        Assert.True(hourly[^1] > 8 * hourly[hourly.Count / 2], $"peak {hourly[^1]} vs median {hourly[hourly.Count / 2]}");
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task Quiet_hours_have_no_records_and_data_ends_thirty_days_back(string provider)
    {
        var sunday = await _services.FetchUsage(_server, provider, Utc(11, 15, 2), Utc(11, 15, 6), UsageBucketWidth.Hour);
        var beforeHistory = await _services.FetchUsage(_server, provider, Utc(10, 18), Utc(10, 20), UsageBucketWidth.Day);

        Assert.DoesNotContain(sunday, r => r.BucketStartUtc.Hour is 3 or 4);
        Assert.Empty(beforeHistory);
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task The_mock_key_is_valid_and_another_key_is_refused_with_the_providers_message(string provider)
    {
        var client = _services.Client(provider);

        var valid = await client.ValidateAsync(Key(provider), _server.BaseUrl(provider), CancellationToken.None);
        var refused = await client.ValidateAsync(new ProviderCredentials("sk-admin-wrong-key-MOCK"), _server.BaseUrl(provider), CancellationToken.None);
        var fetch = await Assert.ThrowsAsync<ProviderApiException>(() =>
            client.FetchUsageAsync(new ProviderCredentials("nope"), _server.BaseUrl(provider), Utc(11, 1), Utc(11, 2), UsageBucketWidth.Day, CancellationToken.None));

        Assert.Equal(new ProviderConnectionCheck(ProviderConnectionStatus.Valid), valid);
        Assert.Equal(ProviderConnectionStatus.KeyRefused, refused.Status);
        Assert.Contains(provider == ProviderNames.OpenAi ? "Incorrect API key provided" : "invalid x-api-key", refused.Detail);
        Assert.Equal(401, fetch.StatusCode);
    }

    [Fact]
    public async Task An_OpenAI_project_key_is_refused_for_lack_of_the_usage_scope()
    {
        var check = await _services.Client(ProviderNames.OpenAi).ValidateAsync(new ProviderCredentials("sk-proj-abc123"), _server.OpenAiBase, CancellationToken.None);

        Assert.Equal(ProviderConnectionStatus.KeyRefused, check.Status);
        Assert.Contains("api.usage.read", check.Detail);
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task A_base_url_where_nothing_listens_is_unreachable(string provider)
    {
        var closed = $"127.0.0.1:{ClosedPort()}";
        using var services = _server.Clients(("MaxRetries", "1"), ("Outbound:AllowedPrivateHosts", closed));
        var check = await services.Client(provider).ValidateAsync(Key(provider), new Uri($"http://{closed}/v1"), CancellationToken.None);

        Assert.Equal(ProviderConnectionStatus.Unreachable, check.Status);
    }

    private static (long Uncached, long Cached, long Write5m, long Write1h, long Output, long? Requests) Totals(IEnumerable<ProviderUsageRecord> records)
    {
        var list = records.ToList();
        return (list.Sum(r => r.UncachedInputTokens), list.Sum(r => r.CachedInputTokens), list.Sum(r => r.CacheWrite5mTokens),
            list.Sum(r => r.CacheWrite1hTokens), list.Sum(r => r.OutputTokens), list.Sum(r => r.Requests));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
