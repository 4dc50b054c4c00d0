extern alias MockProviders;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using MockProviders::AIntops.MockProviders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Providers;

/// <summary>The mock's inference endpoints over real HTTP on loopback: answers, streams, errors and injected faults.</summary>
public sealed class MockInferenceTests(MockInferenceServer mock) : IClassFixture<MockInferenceServer>
{
    private const string Chat = """{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Say hello"}]}""";
    private const string ChatStream = """{"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"Say hello"}]}""";
    private const string ChatStreamWithUsage = """{"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Say hello"}]}""";
    private const string Message = """{"model":"claude-haiku-4-5","max_tokens":64,"messages":[{"role":"user","content":"Say hello"}]}""";
    private const string MessageStream = """{"model":"claude-haiku-4-5","max_tokens":64,"stream":true,"messages":[{"role":"user","content":"Say hello"}]}""";
    private static readonly string[] Words = ["This", " is", " a", " mock", " reply", " to:", " Say", " hello"];

    [Fact]
    public async Task A_chat_completion_echoes_the_model_and_counts_a_token_per_four_characters()
    {
        var body = await Json(await mock.OpenAiAsync(Chat), HttpStatusCode.OK);

        Assert.StartsWith("chatcmpl-mock-", (string?)body["id"]);
        Assert.Equal(("chat.completion", mock.Clock.GetUtcNow().ToUnixTimeSeconds(), "gpt-4o-mini"), ((string?)body["object"], (long)body["created"]!, (string?)body["model"]));
        Assert.Equal("""{"index":0,"message":{"role":"assistant","content":"This is a mock reply to: Say hello","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}""",
            body["choices"]!.AsArray().Single()!.ToJsonString());
        // 14 characters → 4 tokens, 9 → 3, plus 3 a message; the 34-character reply → 9.
        Assert.Equal("""{"prompt_tokens":13,"completion_tokens":9,"total_tokens":22,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}""",
            body["usage"]!.ToJsonString());
    }

    [Theory]
    [InlineData(4080, 1023, 0)]
    [InlineData(4084, 1024, 512)]
    [InlineData(5116, 1282, 640)]
    [InlineData(40000, 10003, 4992)]
    public async Task From_1024_prompt_tokens_the_largest_multiple_of_128_up_to_half_is_cached(int characters, int prompt, int cached)
    {
        var body = await Json(await mock.OpenAiAsync($$"""{"model":"m","messages":[{"role":"user","content":"{{new string('x', characters)}}"}]}"""), HttpStatusCode.OK);

        Assert.Equal((prompt, cached), ((int)body["usage"]!["prompt_tokens"]!, (int)body["usage"]!["prompt_tokens_details"]!["cached_tokens"]!));
    }

    [Theory]
    [InlineData(ChatStream)]
    [InlineData(ChatStreamWithUsage)]
    public async Task A_streamed_completion_sends_the_role_a_chunk_a_word_the_stop_and_usage_only_when_asked(string request)
    {
        var events = await Events(await mock.OpenAiAsync(request));

        Assert.Equal("data: [DONE]", events[^1].Single());
        var chunks = events[..^1].Select(e => Data(e.Single())).ToList();
        var withUsage = request == ChatStreamWithUsage;
        Assert.All(chunks, c => Assert.Equal(("chat.completion.chunk", (string?)chunks[0]["id"], (long)chunks[0]["created"]!, "gpt-4o-mini", withUsage),
            ((string?)c["object"], (string?)c["id"], (long)c["created"]!, (string?)c["model"], c.AsObject().ContainsKey("usage"))));
        var choices = (withUsage ? chunks[..^1] : chunks).Select(c => c["choices"]!.AsArray().Single()!).ToList();
        Assert.Equal("""{"role":"assistant","content":""}""", choices[0]["delta"]!.ToJsonString());
        Assert.Equal(Words, choices[1..^1].Select(c => (string)c["delta"]!["content"]!));
        Assert.Equal(("{}", "stop"), (choices[^1]["delta"]!.ToJsonString(), (string?)choices[^1]["finish_reason"]));
        Assert.All(choices, c => Assert.Equal(0, (int)c["index"]!));
        if (!withUsage) return;
        Assert.All(chunks[..^1], c => Assert.Null(c["usage"]));
        Assert.Empty(chunks[^1]["choices"]!.AsArray());
        Assert.Equal((6, 9, 15), ((int)chunks[^1]["usage"]!["prompt_tokens"]!, (int)chunks[^1]["usage"]!["completion_tokens"]!, (int)chunks[^1]["usage"]!["total_tokens"]!));
    }

    [Fact]
    public async Task A_message_counts_cached_system_blocks_as_cache_writes_and_cached_message_blocks_as_cache_reads()
    {
        var request = $$$"""
            {"model":"claude-haiku-4-5","max_tokens":64,
             "system":[{"type":"text","text":"{{{new string('s', 400)}}}","cache_control":{"type":"ephemeral"}},{"type":"text","text":"Be brief."}],
             "messages":[{"role":"user","content":[{"type":"text","text":"{{{new string('d', 800)}}}","cache_control":{"type":"ephemeral"}},{"type":"text","text":"Say hello"}]}]}
            """;

        var body = await Json(await mock.AnthropicAsync(request), HttpStatusCode.OK);

        Assert.StartsWith("msg_mock_", (string?)body["id"]);
        Assert.Equal(("message", "assistant", "claude-haiku-4-5", "end_turn", (string?)null), ((string?)body["type"], (string?)body["role"], (string?)body["model"], (string?)body["stop_reason"], (string?)body["stop_sequence"]));
        Assert.Equal($$"""[{"type":"text","text":"This is a mock reply to: {{new string('d', 60)}}"}]""", body["content"]!.ToJsonString());
        // Plain input: "Be brief." 3 + "Say hello" 3 + 3 for the message; 400 characters written, 800 read; the 85-character reply → 22.
        Assert.Equal((9, 100, 200, 22), Usage(body["usage"]!));
    }

    [Fact]
    public async Task A_streamed_message_sends_anthropics_events_in_order_and_the_final_output_count_last()
    {
        var events = await Events(await mock.AnthropicAsync(MessageStream));

        string[] expected = ["message_start", "content_block_start", "ping", .. Words.Select(_ => "content_block_delta"), "content_block_stop", "message_delta", "message_stop"];
        Assert.Equal(expected.Select(e => $"event: {e}"), events.Select(e => e[0]));
        var data = events.Select(e => Data(e[1])).ToList();
        Assert.Equal(expected, data.Select(d => (string)d["type"]!));
        var start = data[0]["message"]!;
        Assert.Equal(("[]", (string?)null, (6, 0, 0, 1)), (start["content"]!.ToJsonString(), (string?)start["stop_reason"], Usage(start["usage"]!)));
        Assert.Equal(Words, data[3..^3].Select(d => (string)d["delta"]!["text"]!));
        Assert.Equal("""{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":9}}""", data[^2].ToJsonString());
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Identical_requests_get_identical_bytes_and_another_request_another_id(string provider)
    {
        async Task<string> Send(string body) => await (provider == "openai" ? await mock.OpenAiAsync(body) : await mock.AnthropicAsync(body)).Content.ReadAsStringAsync();
        var request = provider == "openai" ? Chat : Message;

        var first = await Send(request);

        Assert.Equal(first, await Send(request));
        Assert.NotEqual((string?)JsonNode.Parse(first)!["id"], (string?)JsonNode.Parse(await Send(request.Replace("Say hello", "Say goodbye")))!["id"]);
    }

    [Fact]
    public async Task A_token_limit_cuts_the_reply_short()
    {
        var openAi = await Json(await mock.OpenAiAsync("""{"model":"m","max_completion_tokens":5,"messages":[{"role":"user","content":"Say hello"}]}"""), HttpStatusCode.OK);
        var anthropic = await Json(await mock.AnthropicAsync(Message.Replace("64", "5")), HttpStatusCode.OK);

        var choice = openAi["choices"]![0]!;
        Assert.Equal(("This is a mock reply", "length", 5), ((string?)choice["message"]!["content"], (string?)choice["finish_reason"], (int)openAi["usage"]!["completion_tokens"]!));
        Assert.Equal(("This is a mock reply", "max_tokens", 5), ((string?)anthropic["content"]![0]!["text"], (string?)anthropic["stop_reason"], (int)anthropic["usage"]!["output_tokens"]!));
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_chunk_delay_header_spaces_out_events_that_are_flushed_one_at_a_time(string provider)
    {
        var clock = Stopwatch.StartNew();
        using var response = provider == "openai" ? await mock.OpenAiAsync(ChatStream, delayMs: 100) : await mock.AnthropicAsync(MessageStream, delayMs: 100);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var arrivals = new List<TimeSpan>();
        while (await reader.ReadLineAsync() is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) arrivals.Add(clock.Elapsed);

        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.True(arrivals.Count >= 10, $"{arrivals.Count} events");
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromMilliseconds(70 * gaps.Count), $"gaps {string.Join(", ", gaps)} ms");
        Assert.True(gaps.Count(g => g >= 60) >= gaps.Count / 2, $"gaps {string.Join(", ", gaps)} ms");
    }

    [Theory]
    [InlineData("openai", null, null, 401, "You didn't provide an API key.")]
    [InlineData("openai", "not-a-key", null, 401, "Incorrect API key provided: not***")]
    [InlineData("anthropic", null, "2023-06-01", 401, "x-api-key header is required")]
    [InlineData("anthropic", "sk-proj-abc", "2023-06-01", 401, "invalid x-api-key")]
    [InlineData("anthropic", "sk-ant-api03-test", null, 400, "anthropic-version: header is required")]
    public async Task Missing_or_foreign_keys_get_the_providers_401_and_a_missing_anthropic_version_a_400(string provider, string? key, string? version, int status, string message)
    {
        var response = provider == "openai" ? await mock.OpenAiAsync(Chat, key ?? "") : await mock.AnthropicAsync(Message, key ?? "", version);

        Assert.StartsWith(message, (string?)(await Json(response, (HttpStatusCode)status))["error"]!["message"]);
    }

    [Theory]
    [InlineData("openai", """{"model":"m"}""", "messages")]
    [InlineData("openai", """{"model":"m","messages":[]}""", "messages")]
    [InlineData("openai", """{"messages":[{"role":"user","content":"x"}]}""", "model")]
    [InlineData("openai", """{"model":"m","max_tokens":0,"messages":[{"role":"user","content":"x"}]}""", "max_tokens")]
    [InlineData("anthropic", """{"model":"m","messages":[{"role":"user","content":"x"}]}""", "max_tokens: Field required")]
    [InlineData("anthropic", """{"model":"m","max_tokens":1}""", "messages: Field required")]
    [InlineData("anthropic", """{"max_tokens":1,"messages":[{"role":"user","content":"x"}]}""", "model: Field required")]
    public async Task Invalid_bodies_get_the_providers_400(string provider, string request, string paramOrMessage)
    {
        var error = (await Json(provider == "openai" ? await mock.OpenAiAsync(request) : await mock.AnthropicAsync(request), HttpStatusCode.BadRequest))["error"]!;

        Assert.Equal(("invalid_request_error", paramOrMessage), ((string?)error["type"], (string?)error[provider == "openai" ? "param" : "message"]));
    }

    [Fact]
    public async Task Injected_faults_answer_inference_in_the_providers_shapes_and_still_hit_the_admin_endpoints()
    {
        await mock.ClearFaultsAsync();
        await mock.AddFaultAsync(new { provider = "openai", status = 500, times = 1 });
        await mock.AddFaultAsync(new { provider = "anthropic", status = 429, retry_after_seconds = 3, times = 2 });
        await mock.AddFaultAsync(new { status = 503, page = 2 });
        using var admin = new HttpRequestMessage(HttpMethod.Get, $"v1/organizations/usage_report/messages?starting_at={mock.Clock.GetUtcNow().AddDays(-1):yyyy-MM-dd}T00:00:00Z");
        admin.Headers.Add("x-api-key", MockKeys.Anthropic);
        admin.Headers.Add("anthropic-version", "2023-06-01");

        var failed = await Json(await mock.OpenAiAsync(Chat), HttpStatusCode.InternalServerError);
        var limited = await mock.AnthropicAsync(MessageStream);
        var limitedAdmin = await Json(await mock.Http.SendAsync(admin), HttpStatusCode.TooManyRequests);

        Assert.Equal("server_error", (string?)failed["error"]!["type"]);
        Assert.Equal("3", limited.Headers.RetryAfter!.ToString());
        var body = await Json(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal(("error", "rate_limit_error", "rate_limit_error"), ((string?)body["type"], (string?)body["error"]!["type"], (string?)limitedAdmin["error"]!["type"]));
        await Json(await mock.OpenAiAsync(Chat), HttpStatusCode.OK);
        await Events(await mock.AnthropicAsync(MessageStream));
        await mock.ClearFaultsAsync();
    }

    private static (int, int, int, int) Usage(JsonNode usage) =>
        ((int)usage["input_tokens"]!, (int)usage["cache_creation_input_tokens"]!, (int)usage["cache_read_input_tokens"]!, (int)usage["output_tokens"]!);

    private static JsonNode Data(string line) => JsonNode.Parse(line["data: ".Length..])!;

    private static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The server-sent events of a 200 answer, each as its lines.</summary>
    private static async Task<List<string[]>> Events(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("\n\n", text);
        return text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split('\n')).ToList();
    }
}

/// <summary>The mock provider server on a free loopback port, its clock standing still.</summary>
public sealed class MockInferenceServer : IAsyncLifetime
{
    private WebApplication _app = null!;

    public TestClock Clock { get; } = new();
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = MockProviderApp.Build(["--urls", "http://127.0.0.1:0"], Clock);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/") };
    }

    public Task<HttpResponseMessage> OpenAiAsync(string body, string key = "sk-test-inference", int? delayMs = null) =>
        SendAsync("v1/chat/completions", body, delayMs, key.Length > 0 ? ("Authorization", $"Bearer {key}") : default);

    public Task<HttpResponseMessage> AnthropicAsync(string body, string key = "sk-ant-api03-test", string? version = "2023-06-01", int? delayMs = null) =>
        SendAsync("v1/messages", body, delayMs, key.Length > 0 ? ("x-api-key", key) : default, version is null ? default : ("anthropic-version", version));

    public async Task AddFaultAsync(object rule) => (await Http.PostAsJsonAsync("_mock/faults", rule)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await Http.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> SendAsync(string path, string body, int? delayMs, params (string? Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) if (name is not null) request.Headers.Add(name, value);
        if (delayMs is not null) request.Headers.Add("x-mock-chunk-delay-ms", $"{delayMs}");
        return Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
