using System.Net;
using System.Text.Json.Nodes;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class RequestLogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<(SignedIn Owner, HttpClient Sender, string KeyPrefix, Guid KeyId)> SetUpAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (id, key) = await owner.Client.CreateApiKeyAsync();
        return (owner, factory.CreateClient().WithApiKey(key), key[..12], id);
    }

    private static List<JsonNode> Items(JsonNode page) => page["items"]!.AsArray().Select(i => i!).ToList();

    [Fact]
    public async Task A_call_is_listed_and_detailed_with_every_field()
    {
        var (owner, sender, prefix, keyId) = await SetUpAsync();
        var sent = await sender.IngestAsync(IngestApi.Event("ext-42", model: "gpt-4o-mini", input: 1000, output: 200, extra: new
        {
            endpointTag = "checkout", promptVersion = "v7", team = "payments", userId = "u-9", environment = "staging", status = "error",
            errorCode = "timeout", cachedInputTokens = 400, cacheWriteTokens = 100, latencyMs = 812, costUsd = 0.5m, promptHash = "abc",
            timestamp = "2026-01-02T03:04:05.678Z", metadata = new { region = "eu", attempt = 2 },
        }));

        var item = Assert.Single(Items(await owner.Client.GetJsonAsync("/v1/requests")));
        var expected = new JsonObject
        {
            ["id"] = sent["id"]!.GetValue<Guid>(), ["externalRequestId"] = "ext-42", ["timestamp"] = "2026-01-02T03:04:05.678Z",
            ["provider"] = "openai", ["model"] = "gpt-4o-mini", ["endpointTag"] = "checkout", ["promptVersion"] = "v7", ["team"] = "payments", ["teamName"] = null,
            ["userId"] = "u-9", ["environment"] = "staging", ["dataMode"] = "real", ["status"] = "error", ["errorCode"] = "timeout",
            ["inputTokens"] = 1000, ["outputTokens"] = 200, ["cachedInputTokens"] = 400, ["cacheWriteTokens"] = 100, ["latencyMs"] = 812,
            ["costUsd"] = sent["costUsd"]!.GetValue<decimal>(), ["priceKnown"] = true, ["clientCostUsd"] = 0.5m, ["apiKeyPrefix"] = prefix,
            ["apiKeyId"] = keyId,
        };
        Assert.Equal(expected.ToJsonString(), item.ToJsonString());

        var detail = await owner.Client.GetJsonAsync($"/v1/requests/{sent["id"]}");
        Assert.Equal(expected.ToJsonString(), detail["request"]!.ToJsonString());
        Assert.Equal(1200, detail["totalTokens"]!.GetValue<long>());
        Assert.Equal("abc", detail["promptHash"]!.GetValue<string>());
        Assert.Equal("ci", detail["apiKeyName"]!.GetValue<string>());
        Assert.Equal("""{"region":"eu","attempt":2}""", detail["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task Unpriced_calls_have_no_cost_and_demo_calls_no_key()
    {
        var (owner, sender, _, _) = await SetUpAsync();
        await sender.IngestAsync(IngestApi.Event(model: "in-house-llm"));
        await owner.Client.LoadDemoDataAsync();

        var unpriced = Assert.Single(Items(await owner.Client.GetJsonAsync("/v1/requests")));
        Assert.Null(unpriced["costUsd"]);
        Assert.False(unpriced["priceKnown"]!.GetValue<bool>());
        var demo = Items(await owner.Client.GetJsonAsync("/v1/requests?dataMode=demo&limit=200"));
        Assert.Equal(200, demo.Count);
        Assert.All(demo, d => Assert.Null(d["apiKeyPrefix"]));
    }

    [Fact]
    public async Task Real_data_by_default_and_every_mode_on_request()
    {
        var (owner, sender, _, _) = await SetUpAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await sender.IngestBatchAsync(Enumerable.Range(0, 6).Select(i => IngestDataApi.VariedEvent(i, i < 4 ? DataModes.Real : DataModes.Test, now)));
        await owner.Client.LoadDemoDataAsync();

        async Task<List<string>> ModesAsync(string query) =>
            Items(await owner.Client.GetJsonAsync($"/v1/requests?limit=200{query}")).Select(i => i["dataMode"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Repeat("real", 4), await ModesAsync(""));
        Assert.Equal(Enumerable.Repeat("test", 2), await ModesAsync("&dataMode=test"));
        var all = await ModesAsync("&dataMode=all");
        Assert.Equal(200, all.Count);
        Assert.Equal(["demo", "real", "test"], all.Distinct().Order());
    }

    [Fact]
    public async Task Filters_narrow_the_list()
    {
        var (owner, sender, _, _) = await SetUpAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await sender.IngestBatchAsync(Enumerable.Range(0, 36).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));

        foreach (var (filter, field, value, count) in new[]
                 {
                     ("model=gpt-4o", "model", "gpt-4o", 9), ("endpointTag=feature-1", "endpointTag", "feature-1", 18),
                     ("team=team-2", "team", "team-2", 12), ("status=error", "status", "error", 4),
                 })
        {
            var items = Items(await owner.Client.GetJsonAsync($"/v1/requests?limit=200&{filter}"));
            Assert.Equal(count, items.Count);
            Assert.All(items, i => Assert.Equal(value, i[field]!.GetValue<string>()));
        }
        var both = Items(await owner.Client.GetJsonAsync("/v1/requests?model=gpt-4o&team=team-1"));
        Assert.All(both, i => Assert.Equal(("gpt-4o", "team-1"), (i["model"]!.GetValue<string>(), i["team"]!.GetValue<string>())));
        Assert.NotEmpty(both);
    }

    [Fact]
    public async Task The_log_filters_by_api_key_user_environment_and_time()
    {
        var (owner, sender, prefix, _) = await SetUpAsync();
        var (otherKeyId, otherKey) = await owner.Client.CreateApiKeyAsync("other");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await sender.IngestBatchAsync(Enumerable.Range(0, 36).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));
        await factory.CreateClient().WithApiKey(otherKey).IngestBatchAsync(Enumerable.Range(0, 5).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));

        var byKey = Items(await owner.Client.GetJsonAsync($"/v1/requests?limit=200&apiKeyId={otherKeyId}"));
        Assert.Equal(5, byKey.Count);
        Assert.All(byKey, i => Assert.NotEqual(prefix, i["apiKeyPrefix"]!.GetValue<string>()));
        Assert.Equal(9 + 1, Items(await owner.Client.GetJsonAsync("/v1/requests?limit=200&userId=user-1")).Count);
        Assert.All(Items(await owner.Client.GetJsonAsync("/v1/requests?limit=200&environment=staging")), i => Assert.Equal("staging", i["environment"]!.GetValue<string>()));
        var (from, to) = (now.AddMinutes(-37 * 10 - 1), now.AddMinutes(-37 * 2 + 1));
        var window = Items(await owner.Client.GetJsonAsync($"/v1/requests?limit=200&from={from:O}&to={to:O}"));
        Assert.Equal(9 + 3, window.Count);
        Assert.All(window, i => Assert.InRange(i["timestamp"]!.GetValue<DateTime>(), from, to));
        await (await owner.Client.GetAsync($"/v1/requests?from={to:O}&to={from:O}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_filter_a_drill_down_sends_narrows_the_log_to_the_matching_calls()
    {
        var (owner, sender, _, keyId) = await SetUpAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await sender.IngestBatchAsync(Enumerable.Range(0, 36).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));
        await sender.IngestBatchAsync([IngestApi.Event(extra: new { provider = "anthropic", promptVersion = "v2", timestamp = now.ToString("O") })]);
        var raw = await factory.RawEventsAsync(owner.OrganizationId);
        var (from, to) = (now.AddHours(-10), now.AddHours(-2));
        long Ms(DateTime at) => new DateTimeOffset(at).ToUnixTimeMilliseconds();

        foreach (var (query, match) in new (string, Func<LlmEvent, bool>)[]
                 {
                     ("promptVersion=v1", e => e.Labels.PromptVersion == "v1"),
                     ("provider=anthropic", e => e.Labels.Provider == "anthropic"),
                     ("provider=anthropic&promptVersion=v1", _ => false),
                     ($"from={from:O}&to={to:O}&model=gpt-4o-mini&team=team-1&endpointTag=feature-0&promptVersion=v1&environment=prod&status=success&apiKeyId={keyId}",
                         e => e.TimestampMs >= Ms(from) && e.TimestampMs < Ms(to) && e.Labels.Model == "gpt-4o-mini" && e.Labels.Team == "team-1" && e.Labels.EndpointTag == "feature-0"
                             && e.Labels.PromptVersion == "v1" && e.Environment == "prod" && e.Status == "success"),
                     ($"userId=user-2&provider=openai&from={from:O}", e => e.Labels.EndUserId == "user-2" && e.Labels.Provider == "openai" && e.TimestampMs >= Ms(from)),
                 })
        {
            var ids = Items(await owner.Client.GetJsonAsync($"/v1/requests?limit=200&{query}")).Select(i => i["id"]!.GetValue<Guid>()).Order().ToList();
            Assert.Equal(raw.Where(match).Select(e => e.Id).Order(), ids);
            Assert.Equal(query == "provider=anthropic&promptVersion=v1", ids.Count == 0);
        }
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap_or_gaps_even_within_one_millisecond()
    {
        var (owner, sender, _, _) = await SetUpAsync();
        var instants = new[] { "2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.001Z", "2026-03-01T09:00:00.000Z" };
        await sender.IngestBatchAsync(Enumerable.Range(0, 23).Select(i => IngestApi.Event(extra: new { timestamp = instants[i % 3] })));

        var seen = new List<JsonNode>();
        string? before = null;
        do
        {
            var page = await owner.Client.GetJsonAsync("/v1/requests?limit=4" + (before is null ? "" : "&before=" + Uri.EscapeDataString(before)));
            Assert.InRange(Items(page).Count, 1, 4);
            seen.AddRange(Items(page));
            before = page["nextBefore"]?.GetValue<string>();
        } while (before is not null);

        var ids = seen.Select(i => i["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(23, ids.Distinct().Count());
        Assert.Equal(23, ids.Count);
        var times = seen.Select(i => i["timestamp"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var (owner, _, _, _) = await SetUpAsync();

        await (await owner.Client.GetAsync($"/v1/requests/{Guid.NewGuid()}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync("/v1/requests/not-a-guid")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("dataMode=everything", "dataMode")]
    [InlineData("status=maybe", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("before=yesterday", "before")]
    [InlineData("promptVersion=PROMPT_TOO_LONG", "promptVersion")]
    [InlineData("environment=qa", "environment")]
    public async Task Bad_query_values_are_a_400_naming_the_field(string query, string field)
    {
        var (owner, _, _, _) = await SetUpAsync();

        var problem = await (await owner.Client.GetAsync($"/v1/requests?{query.Replace("PROMPT_TOO_LONG", new string('v', 129))}"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Members_can_read_the_log()
    {
        var (owner, sender, _, _) = await SetUpAsync();
        var member = await factory.AddMemberAsync(owner, "member");
        await sender.IngestAsync(IngestApi.Event());

        Assert.Single(Items(await member.Client.GetJsonAsync("/v1/requests")));
    }
}
