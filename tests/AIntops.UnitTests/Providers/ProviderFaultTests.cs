using System.Diagnostics;
using AIntops.Application.Providers;
using Polly.CircuitBreaker;
using static AIntops.UnitTests.Providers.Usage;

namespace AIntops.UnitTests.Providers;

/// <summary>Injected faults against the real clients; each test has its own mock server, since fault rules are server-wide.</summary>
public sealed class ProviderFaultTests
{
    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task A_429_is_retried_after_the_wait_Retry_After_asks_for(string provider)
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients();
        await server.AddFaultAsync(new { provider, status = 429, retry_after_seconds = 1, times = 2 });

        var clock = Stopwatch.StartNew();
        var records = await services.FetchUsage(server, provider, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour);

        Assert.NotEmpty(records);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"waited only {clock.Elapsed}");
        Assert.Equal(3, await server.RequestCountAsync());
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi, 500)]
    [InlineData(ProviderNames.OpenAi, 503)]
    [InlineData(ProviderNames.Anthropic, 500)]
    [InlineData(ProviderNames.Anthropic, 529)]
    public async Task A_burst_of_server_errors_is_retried_to_success(string provider, int status)
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients();
        var expected = await services.FetchCosts(server, provider, Utc(11, 1), Utc(11, 8));
        await server.AddFaultAsync(new { provider, status, times = 3 });

        var costs = await services.FetchCosts(server, provider, Utc(11, 1), Utc(11, 8));

        Assert.Equal(expected.Sorted(), costs.Sorted());
        Assert.Equal(1 + 3 + 1, await server.RequestCountAsync());
    }

    [Fact]
    public async Task Errors_that_outlast_the_retries_surface_with_the_providers_status_and_message()
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients(("MaxRetries", "2"));
        await server.AddFaultAsync(new { status = 529 });

        var error = await Assert.ThrowsAsync<ProviderApiException>(() =>
            services.FetchUsage(server, ProviderNames.Anthropic, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour));

        Assert.Equal((529, "Overloaded"), (error.StatusCode, error.ProviderMessage));
        Assert.Equal(3, await server.RequestCountAsync());
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_of_that_provider_only_and_stop_calling_it()
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients(("MaxRetries", "1"), ("BreakerMinimumThroughput", "4"), ("BreakerFailureRatio", "0.5"));
        await server.AddFaultAsync(new { provider = "openai", status = 500 });

        var failures = new List<Exception>();
        for (var i = 0; i < 4; i++)
            failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => services.FetchUsage(server, ProviderNames.OpenAi, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour)));
        var requestsWhenOpen = await server.RequestCountAsync();
        var check = await services.Client(ProviderNames.OpenAi).ValidateAsync(Key(ProviderNames.OpenAi), server.OpenAiBase, CancellationToken.None);

        Assert.IsType<ProviderApiException>(failures[0]);
        var open = Assert.IsType<ProviderUnavailableException>(failures[^1]);
        Assert.IsType<BrokenCircuitException>(open.InnerException);
        Assert.Equal(4, requestsWhenOpen);
        Assert.Equal(ProviderConnectionStatus.Unreachable, check.Status);
        Assert.Equal(requestsWhenOpen, await server.RequestCountAsync());
        Assert.NotEmpty(await services.FetchUsage(server, ProviderNames.Anthropic, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour));
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi)]
    [InlineData(ProviderNames.Anthropic)]
    public async Task A_page_that_fails_once_is_fetched_again_and_the_result_is_complete(string provider)
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients(("PageLimit", "6"));
        var expected = await services.FetchUsage(server, provider, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour);
        await server.AddFaultAsync(new { provider, status = 500, page = 3, times = 1 });

        var records = await services.FetchUsage(server, provider, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour);

        Assert.Equal(expected.Sorted(), records.Sorted());
        Assert.Equal(4 + 4 + 1, await server.RequestCountAsync());
        Assert.Equal(0, (await server.FaultStateAsync()).GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task An_answer_slower_than_the_attempt_timeout_is_abandoned_and_retried()
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients(("AttemptTimeout", "00:00:00.300"));
        await server.AddFaultAsync(new { delay_ms = 2000, times = 1 });

        var clock = Stopwatch.StartNew();
        var records = await services.FetchUsage(server, ProviderNames.OpenAi, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Day);

        Assert.NotEmpty(records);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(1.9));
        Assert.Equal(2, await server.RequestCountAsync());
    }

    [Theory]
    [InlineData(ProviderNames.OpenAi, "{}")]
    [InlineData(ProviderNames.Anthropic, "{}")]
    [InlineData(ProviderNames.OpenAi, """{"data":[{}],"has_more":false,"next_page":null}""")]
    [InlineData(ProviderNames.Anthropic, """{"data":null,"has_more":false}""")]
    [InlineData(ProviderNames.OpenAi, """{"data":"secret-looking-text","has_more":"no"}""")]
    [InlineData(ProviderNames.Anthropic, "<html>secret-looking-text</html>")]
    public async Task A_200_answer_that_is_no_valid_page_is_a_bad_answer_named_by_category_only(string provider, string body)
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients();
        await server.AddFaultAsync(new { provider, body, times = 1 });

        var error = await Assert.ThrowsAsync<ProviderBadAnswerException>(() =>
            services.FetchUsage(server, provider, Utc(11, 16), Utc(11, 17), UsageBucketWidth.Hour));

        Assert.Equal(1, await server.RequestCountAsync());
        Assert.DoesNotContain("secret-looking-text", error.Message);
        Assert.DoesNotContain("{", error.Message);
    }

    [Fact]
    public async Task A_key_check_answered_with_no_page_reports_a_bad_answer()
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients();
        await server.AddFaultAsync(new { body = "{}", times = 1 });

        var check = await services.Client(ProviderNames.Anthropic).ValidateAsync(Key(ProviderNames.Anthropic), server.AnthropicBase, CancellationToken.None);

        Assert.Equal((ProviderConnectionStatus.BadAnswer, "anthropic answered with a body that is not a valid usage or cost page."), (check.Status, check.Detail));
    }

    [Fact]
    public async Task A_rule_with_skip_lets_that_many_requests_through_before_it_applies()
    {
        await using var server = await MockServer.StartAsync();
        using var services = server.Clients();
        await server.AddFaultAsync(new { provider = ProviderNames.OpenAi, status = 401, skip = 1, times = 1 });

        var first = await services.FetchCosts(server, ProviderNames.OpenAi, Utc(11, 1), Utc(11, 2));
        var refused = await Assert.ThrowsAsync<ProviderApiException>(() => services.FetchCosts(server, ProviderNames.OpenAi, Utc(11, 1), Utc(11, 2)));
        var third = await services.FetchCosts(server, ProviderNames.OpenAi, Utc(11, 1), Utc(11, 2));

        Assert.NotEmpty(first);
        Assert.True(refused.KeyRefused);
        Assert.Equal(first.Sorted(), third.Sorted());
    }

    [Fact]
    public async Task Fault_rules_can_be_listed_and_cleared_at_run_time_and_refuse_nonsense()
    {
        await using var server = await MockServer.StartAsync();
        await server.AddFaultAsync(new { provider = "anthropic", status = 529, times = 5 });

        var state = await server.FaultStateAsync();
        using var nonsense = await server.Http.PostAsync("_mock/faults", new StringContent("""{"status":200}""", System.Text.Encoding.UTF8, "application/json"));
        using var both = await server.Http.PostAsync("_mock/faults", new StringContent("""{"status":500,"body":"{}"}""", System.Text.Encoding.UTF8, "application/json"));
        (await server.Http.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();

        Assert.Equal(5, state.GetProperty("rules")[0].GetProperty("times").GetInt32());
        Assert.Equal((System.Net.HttpStatusCode.BadRequest, System.Net.HttpStatusCode.BadRequest), (nonsense.StatusCode, both.StatusCode));
        Assert.Equal(0, (await server.FaultStateAsync()).GetProperty("rules").GetArrayLength());
    }
}
