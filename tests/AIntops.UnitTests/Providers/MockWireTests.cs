using System.Net;
using System.Text.Json;
using AIntops.Application.Providers;

namespace AIntops.UnitTests.Providers;

/// <summary>The mock's wire format against the providers' documented shapes and the reference fixtures.</summary>
public sealed class MockWireTests(MockServerFixture fixture) : IClassFixture<MockServerFixture>
{
    private static readonly long Nov16 = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private readonly MockServer _server = fixture.Server;

    [Theory]
    [InlineData("completions", "spec2025_example_usage_completions.json")]
    [InlineData("embeddings", "spec_example_usage_embeddings.json")]
    [InlineData("moderations", "spec_example_usage_moderations.json")]
    [InlineData("images", "spec_example_usage_images.json")]
    [InlineData("audio_speeches", "spec_example_usage_audio_speeches.json")]
    [InlineData("audio_transcriptions", "spec_example_usage_audio_transcriptions.json")]
    [InlineData("vector_stores", "spec_example_usage_vector_stores.json")]
    [InlineData("code_interpreter_sessions", "spec_example_usage_code_interpreter_sessions.json")]
    public async Task OpenAI_usage_results_have_the_spec_fields_and_null_dimensions_when_ungrouped(string endpoint, string fixtureFile)
    {
        var page = await _server.GetJsonAsync($"v1/organization/usage/{endpoint}?start_time={Nov16}&end_time={Nov16 + 86_400}", ProviderNames.OpenAi);
        var expected = FirstResults(Fixtures.Json($"openai/{fixtureFile}"))[0];

        var result = FirstResults(page).EnumerateArray().Single();
        Assert.Equal("page", page.GetProperty("object").GetString());
        Assert.Subset(Fields(result), Fields(expected));
        Assert.Equal(expected.GetProperty("object").GetString(), result.GetProperty("object").GetString());
        foreach (var field in expected.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Null))
            Assert.Equal(JsonValueKind.Null, result.GetProperty(field.Name).ValueKind);
    }

    [Theory]
    [InlineData("group_by=model&group_by=project_id")]
    [InlineData("group_by[]=model&group_by[]=project_id")]
    [InlineData("group_by=model,project_id")]
    public async Task OpenAI_list_parameters_are_read_with_and_without_brackets(string groupBy)
    {
        var page = await _server.GetJsonAsync($"v1/organization/usage/completions?start_time={Nov16}&end_time={Nov16 + 86_400}&{groupBy}&models[]=gpt-4o-2024-08-06",
            ProviderNames.OpenAi);

        var results = FirstResults(page).EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("gpt-4o-2024-08-06", r.GetProperty("model").GetString()));
        Assert.Equal(["proj_mock_chatbot", "proj_mock_research"], results.Select(r => r.GetProperty("project_id").GetString()).Order());
        Assert.All(results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("api_key_id").ValueKind));
    }

    [Theory]
    [InlineData("1d", 7)]
    [InlineData("1h", 24)]
    [InlineData("1m", 60)]
    public async Task OpenAI_pages_default_to_the_documented_bucket_counts(string width, int buckets)
    {
        var page = await _server.GetJsonAsync($"v1/organization/usage/completions?start_time={Nov16 - 20 * 86_400}&bucket_width={width}", ProviderNames.OpenAi);

        Assert.Equal(buckets, page.GetProperty("data").GetArrayLength());
        Assert.True(page.GetProperty("has_more").GetBoolean());
        Assert.StartsWith("page_", page.GetProperty("next_page").GetString());
    }

    [Theory]
    [InlineData("v1/organization/usage/completions?start_time=1&bucket_width=1h&limit=169")]
    [InlineData("v1/organization/usage/completions?bucket_width=1h")]
    [InlineData("v1/organization/costs?start_time=1&bucket_width=1h")]
    [InlineData("v1/organization/usage/completions?start_time=1&group_by=colour")]
    public async Task OpenAI_refuses_bad_queries_with_its_error_body(string query)
    {
        using var response = await _server.SendAsync(query, ProviderNames.OpenAi);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task OpenAI_first_bucket_starts_at_start_time_cut_to_the_minute_and_the_last_ends_now()
    {
        var start = _server.Now.AddHours(-3).AddSeconds(-17).ToUnixTimeSeconds();
        var page = await _server.GetJsonAsync($"v1/organization/usage/completions?start_time={start}&bucket_width=1h", ProviderNames.OpenAi);

        var buckets = page.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(start - start % 60, buckets[0].GetProperty("start_time").GetInt64());
        Assert.Equal(0, buckets[0].GetProperty("end_time").GetInt64() % 3600);
        Assert.Equal(_server.Now.ToUnixTimeSeconds(), buckets[^1].GetProperty("end_time").GetInt64());
    }

    [Fact]
    public async Task Anthropic_usage_results_have_the_documented_fields_and_null_dimensions_when_ungrouped()
    {
        var page = await _server.GetJsonAsync("v1/organizations/usage_report/messages?starting_at=2026-11-16T00:00:00Z&ending_at=2026-11-17T00:00:00Z",
            ProviderNames.Anthropic);
        var expected = FirstResults(Fixtures.Json("anthropic/docs_example_usage_report_messages.json"))[0];

        var result = FirstResults(page).EnumerateArray().Single();
        Assert.Equal(Fields(expected).Order(), Fields(result).Order());
        Assert.Equal(Fields(expected.GetProperty("cache_creation")).Order(), Fields(result.GetProperty("cache_creation")).Order());
        foreach (var dimension in new[] { "api_key_id", "workspace_id", "model", "service_tier", "context_window", "inference_geo" })
            Assert.Equal(JsonValueKind.Null, result.GetProperty(dimension).ValueKind);
        Assert.Equal("2026-11-16T00:00:00Z", page.GetProperty("data")[0].GetProperty("starting_at").GetString());
    }

    [Fact]
    public async Task Anthropic_cost_report_amounts_are_cent_strings_and_description_grouping_fills_the_line_fields()
    {
        var page = await _server.GetJsonAsync("v1/organizations/cost_report?starting_at=2026-11-16T00:00:00Z&ending_at=2026-11-17T00:00:00Z&group_by[]=description",
            ProviderNames.Anthropic);
        var expected = FirstResults(Fixtures.Json("anthropic/adapted_cost_report_group_by_workspace_description.json"))[0];

        var results = FirstResults(page).EnumerateArray().ToList();
        Assert.Subset(Fields(results[0]), Fields(expected));
        Assert.All(results, r =>
        {
            Assert.Matches(@"^\d+\.\d{5,7}$", r.GetProperty("amount").GetString());
            Assert.Equal("USD", r.GetProperty("currency").GetString());
            Assert.Equal(JsonValueKind.Null, r.GetProperty("workspace_id").ValueKind);
            Assert.Equal("tokens", r.GetProperty("cost_type").GetString());
        });
        Assert.Contains(results, r => r.GetProperty("token_type").GetString() == "cache_creation.ephemeral_1h_input_tokens");
    }

    [Theory]
    [InlineData("v1/organizations/usage_report/messages?starting_at=2026-11-16T00:00:00Z&bucket_width=2h")]
    [InlineData("v1/organizations/usage_report/messages?starting_at=2026-11-16T00:00:00Z&bucket_width=1d&limit=32")]
    [InlineData("v1/organizations/cost_report?starting_at=2026-11-16T00:00:00Z&bucket_width=1h")]
    [InlineData("v1/organizations/cost_report?ending_at=2026-11-16T00:00:00Z")]
    public async Task Anthropic_refuses_bad_queries_with_its_error_body(string query)
    {
        using var response = await _server.SendAsync(query, ProviderNames.Anthropic);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("error", body.GetProperty("type").GetString());
        Assert.Equal("invalid_request_error", body.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_wrong_OpenAI_key_gets_OpenAIs_401_body()
    {
        using var response = await _server.SendAsync($"v1/organization/costs?start_time={Nov16}", ProviderNames.OpenAi, "sk-admin-some-other-key-MOCK");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(Fixtures.Json("openai/error_401_invalid_api_key.json")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_Anthropic_key_gets_Anthropics_401_body_and_a_missing_version_header_a_400()
    {
        using var refused = await _server.SendAsync("v1/organizations/cost_report?starting_at=2026-11-16T00:00:00Z", ProviderNames.Anthropic, "sk-ant-admin01-wrong");
        var expected = Fixtures.Json("anthropic/error_401_invalid_x_api_key.json");
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/organizations/cost_report?starting_at=2026-11-16T00:00:00Z")
        {
            Headers = { { "x-api-key", MockProviders.MockKeys.Anthropic } },
        };
        using var noVersion = await _server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(expected.GetProperty("error")), JsonSerializer.Serialize(body.GetProperty("error")));
        Assert.StartsWith("req_", body.GetProperty("request_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
    }

    private static JsonElement FirstResults(JsonElement page) => page.GetProperty("data")[0].GetProperty("results");

    private static HashSet<string> Fields(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToHashSet();
}
