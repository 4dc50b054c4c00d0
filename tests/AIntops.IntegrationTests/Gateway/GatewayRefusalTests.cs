using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Gateway;

/// <summary>What the gateway answers itself, in the caller's provider's error shape: budgets, bad attribution, keys.</summary>
public sealed class GatewayRefusalTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private string Gateway => api.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/";

    private async Task<HttpResponseMessage> CallAsync(string provider, Dictionary<string, string> headers, object? body = null)
    {
        using var client = new HttpClient();
        var path = provider == "anthropic" ? "/v1/messages" : "/v1/chat/completions";
        return await client.SendAsync(GatewayApi.ProviderRequest(Gateway + provider, provider, path,
            body ?? (provider == "anthropic" ? GatewayApi.Message() : GatewayApi.Chat()), headers));
    }

    private static async Task<JsonNode> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await response.ExpectAsync(status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_critical_hard_stop_budget_refuses_the_next_call_before_it_reaches_the_provider()
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var spend = new Dictionary<string, string> { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "spend-1" };
        await (await CallAsync("openai", spend)).ExpectAsync(HttpStatusCode.OK);
        await owner.Client.RecordedCallAsync("spend-1");
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Stop", amountUsd: 0.000001m, hardStop: true));
        await owner.Client.EvaluateBudgetsAsync();
        await api.AddFaultAsync(new { provider = "openai", status = 503, times = 1 });

        var refused = await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "refused-1" });

        var error = (await ErrorAsync(refused, HttpStatusCode.TooManyRequests))["error"]!;
        Assert.Equal(("insufficient_quota", "insufficient_quota"), (error.Text("type"), error.Text("code")));
        Assert.Contains("hard-stop budget", error.Text("message"));
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var nextMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, nextMonth - now - TimeSpan.FromSeconds(2), nextMonth - now + TimeSpan.FromSeconds(2));
        Assert.Equal("false", refused.Headers.GetValues("x-should-retry").Single());
        Assert.Equal("exceeded", refused.Headers.GetValues("X-AIntops-Budget").Single());
        using var mock = new HttpClient();
        var unused = await mock.SendAsync(GatewayApi.ProviderRequest(api.MockRoot.ToString(), "openai", "/v1/chat/completions", GatewayApi.Chat()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unused.StatusCode);

        var anthropic = await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key });
        var anthropicError = await ErrorAsync(anthropic, HttpStatusCode.TooManyRequests);
        Assert.Equal(("error", "rate_limit_error"), (anthropicError.Text("type"), anthropicError["error"]!.Text("type")));
        var page = await owner.Client.GetJsonAsync("/v1/requests?dataMode=all");
        Assert.Equal(["spend-1"], page["items"]!.AsArray().Select(i => i!.Text("externalRequestId")));
    }

    [Fact]
    public async Task Team_and_provider_hard_stops_refuse_the_calls_they_cover_only()
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await (await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "team-spend", ["X-AIntops-Team"] = "search" }))
            .ExpectAsync(HttpStatusCode.OK);
        await owner.Client.RecordedCallAsync("team-spend");
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Search", amountUsd: 0.000001m, scope: new { kind = "team", value = "search" }, hardStop: true));
        await owner.Client.EvaluateBudgetsAsync();

        var search = await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "search" });
        var billing = await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "billing" });

        Assert.Equal("rate_limit_error", (await ErrorAsync(search, HttpStatusCode.TooManyRequests))["error"]!.Text("type"));
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var untilNextMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1) - now;
        Assert.InRange(search.Headers.RetryAfter!.Delta!.Value, untilNextMonth - TimeSpan.FromSeconds(2), untilNextMonth + TimeSpan.FromSeconds(2));
        await billing.ExpectAsync(HttpStatusCode.OK);
        var generated = billing.Headers.GetValues("X-AIntops-Request-Id").Single();
        Assert.Equal("billing", (await owner.Client.RecordedCallAsync(generated)).Text("team"));

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Anthropic", amountUsd: 0.000001m, scope: new { kind = "provider", value = "anthropic" }, hardStop: true));
        await owner.Client.EvaluateBudgetsAsync();
        await ErrorAsync(await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "billing" }), HttpStatusCode.TooManyRequests);
        await (await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "billing" })).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Warning_and_critical_budgets_come_back_as_a_header_on_relayed_calls_of_their_scope()
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await (await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "warm-1", ["X-AIntops-Team"] = "search" }))
            .ExpectAsync(HttpStatusCode.OK);
        await owner.Client.RecordedCallAsync("warm-1");
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Search", amountUsd: 0.000001m, scope: new { kind = "team", value = "search" }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Anthropic", amountUsd: 1000, scope: new { kind = "provider", value = "anthropic" }));
        await owner.Client.EvaluateBudgetsAsync();

        var search = await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "search" });
        var other = await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = "billing" });

        await search.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("critical", search.Headers.GetValues("X-AIntops-Budget").Single());
        await other.ExpectAsync(HttpStatusCode.OK);
        Assert.False(other.Headers.Contains("X-AIntops-Budget"));
    }

    [Fact]
    public async Task Bad_attribution_and_missing_or_wrong_keys_are_refused_in_the_providers_shape_and_record_nothing()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();

        var badEnvironment = await ErrorAsync(await CallAsync("openai", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Environment"] = "production" }),
            HttpStatusCode.BadRequest);
        Assert.Equal(("invalid_request_error", "X-AIntops-Environment", "invalid_aintops_header"),
            (badEnvironment["error"]!.Text("type"), badEnvironment["error"]!.Text("param"), badEnvironment["error"]!.Text("code")));
        Assert.Equal("X-AIntops-Environment must be one of: prod, staging, dev.", badEnvironment["error"]!.Text("message"));
        var longTeam = await ErrorAsync(await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Team"] = new string('t', 129) }),
            HttpStatusCode.BadRequest);
        Assert.Equal(("error", "invalid_request_error"), (longTeam.Text("type"), longTeam["error"]!.Text("type")));

        var missing = await ErrorAsync(await CallAsync("openai", []), HttpStatusCode.Unauthorized);
        Assert.Contains("X-AIntops-Key", missing["error"]!.Text("message"));
        var wrong = await ErrorAsync(await CallAsync("anthropic", new() { ["X-AIntops-Key"] = "aik_not-a-key" }), HttpStatusCode.Unauthorized);
        Assert.Equal("authentication_error", wrong["error"]!.Text("type"));
        using var bearerOnly = new HttpClient();
        var asBearer = GatewayApi.ProviderRequest(Gateway + "anthropic", "anthropic", "/v1/messages", GatewayApi.Message());
        asBearer.Headers.Authorization = new("Bearer", key);
        await (await bearerOnly.SendAsync(asBearer)).ExpectAsync(HttpStatusCode.Unauthorized);

        Assert.Empty((await owner.Client.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_providers_time_is_part_of_the_recorded_latency()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await api.AddFaultAsync(new { provider = "anthropic", delay_ms = 300, times = 1 });

        var response = await CallAsync("anthropic", new() { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "slow-upstream" });

        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.True((await owner.Client.RecordedCallAsync("slow-upstream"))["latencyMs"]!.GetValue<long>() >= 250, "the provider took 300 ms (timers may fire a millisecond early)");
    }
}

/// <summary>The outbound guard stands between the gateway and its upstreams: a private upstream that is not allowed is never called.</summary>
public sealed class GatewayGuardTests(GatewayGuardTests.PrivateUpstreamFactory api) : IClassFixture<GatewayGuardTests.PrivateUpstreamFactory>
{
    public sealed class PrivateUpstreamFactory : ApiFactory
    {
        // Loopback and not allowed: the guard refuses it from its address alone, before any connection.
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Gateway:Upstreams:openai"] = "http://127.0.0.1:9" };
    }

    [Fact]
    public async Task A_refused_upstream_is_a_502_in_the_providers_shape_and_is_recorded_as_an_error()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        using var client = new HttpClient();

        var response = await client.SendAsync(GatewayApi.ProviderRequest(api.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/openai", "openai", "/v1/chat/completions",
            GatewayApi.Chat(), new Dictionary<string, string> { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = "guarded" }));

        await response.ExpectAsync(HttpStatusCode.BadGateway);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal(("server_error", "upstream_refused"), (error.Text("type"), error.Text("code")));
        Assert.DoesNotContain("127.0.0.1", error.Text("message"));
        var call = await owner.Client.RecordedCallAsync("guarded");
        Assert.Equal(("error", "gateway_upstream_refused"), (call.Text("status"), call.Text("errorCode")));
    }
}
