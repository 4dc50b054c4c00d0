using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Gateway;

/// <summary>Calls through /gateway against the mock OpenAI and Anthropic servers on loopback: relayed as the provider sent them, recorded after.</summary>
public sealed class GatewayRelayTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private string Gateway => api.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/";

    private async Task<(SignedIn Owner, string Key)> OwnerWithKeyAsync(string? team = null)
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync(team: team);
        return (owner, key);
    }

    private static Dictionary<string, string> Attribution(string key, string requestId) => new()
    {
        ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = requestId, ["X-AIntops-Team"] = "search", ["X-AIntops-User"] = "user-42",
        ["X-AIntops-Feature"] = "summarize", ["X-AIntops-Prompt-Version"] = "v3", ["X-AIntops-Environment"] = "staging",
    };

    private async Task<(HttpResponseMessage Direct, HttpResponseMessage Relayed)> BothAsync(string provider, string path, object body, Dictionary<string, string> headers)
    {
        using var client = new HttpClient();
        var direct = await client.SendAsync(GatewayApi.ProviderRequest(api.MockRoot.ToString(), provider, path, body));
        var relayed = await client.SendAsync(GatewayApi.ProviderRequest(Gateway + provider, provider, path, body, headers));
        return (direct, relayed);
    }

    [Fact]
    public async Task A_chat_completion_is_relayed_byte_for_byte_and_recorded_with_its_cost_and_attribution()
    {
        var (owner, key) = await OwnerWithKeyAsync();

        var (direct, relayed) = await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "chat-1"));

        await relayed.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(await direct.Content.ReadAsByteArrayAsync(), await relayed.Content.ReadAsByteArrayAsync());
        Assert.Equal(direct.Content.Headers.ContentType, relayed.Content.Headers.ContentType);
        Assert.Equal("chat-1", relayed.Headers.GetValues("X-AIntops-Request-Id").Single());
        var usage = JsonNode.Parse(await direct.Content.ReadAsStringAsync())!["usage"]!;
        var call = await owner.Client.RecordedCallAsync("chat-1");
        Assert.Equal(("openai", "gpt-4o", "search", "user-42", "summarize", "v3", "staging", "success"),
            (call.Text("provider"), call.Text("model"), call.Text("team"), call.Text("userId"), call.Text("endpointTag"), call.Text("promptVersion"),
                call.Text("environment"), call.Text("status")));
        var (input, output) = (usage["prompt_tokens"]!.GetValue<long>(), usage["completion_tokens"]!.GetValue<long>());
        Assert.Equal((input, output), (call["inputTokens"]!.GetValue<long>(), call["outputTokens"]!.GetValue<long>()));
        Assert.Equal((input + output) / 1_000_000m, call["costUsd"]!.GetValue<decimal>());
        Assert.True(call["latencyMs"]!.GetValue<long>() >= 0);
    }

    [Fact]
    public async Task A_streamed_chat_completion_is_relayed_unchanged_when_the_caller_asks_for_usage_and_counted_when_it_does_not()
    {
        var (owner, key) = await OwnerWithKeyAsync();

        var (direct, relayed) = await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(stream: true, includeUsage: true), Attribution(key, "stream-1"));
        await relayed.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/event-stream", relayed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await direct.Content.ReadAsStringAsync(), await relayed.Content.ReadAsStringAsync());

        using var client = new HttpClient();
        var unasked = await client.SendAsync(GatewayApi.ProviderRequest(Gateway + "openai", "openai", "/v1/chat/completions",
            GatewayApi.Chat(stream: true), Attribution(key, "stream-2")));
        var events = GatewayApi.EventData(await unasked.Content.ReadAsStringAsync());
        Assert.Equal("[DONE]", events[^1]);
        var usage = JsonNode.Parse(events[^2])!["usage"]!;
        var call = await owner.Client.RecordedCallAsync("stream-2");
        Assert.Equal((usage["prompt_tokens"]!.GetValue<long>(), usage["completion_tokens"]!.GetValue<long>()),
            (call["inputTokens"]!.GetValue<long>(), call["outputTokens"]!.GetValue<long>()));
        Assert.True(call["outputTokens"]!.GetValue<long>() > 0);
        Assert.Equal(call["inputTokens"]!.GetValue<long>(), (await owner.Client.RecordedCallAsync("stream-1"))["inputTokens"]!.GetValue<long>());
    }

    [Fact]
    public async Task Stream_chunks_reach_the_caller_as_the_provider_sends_them()
    {
        var (_, key) = await OwnerWithKeyAsync();
        var headers = Attribution(key, "slow-1");
        headers["x-mock-chunk-delay-ms"] = "250";
        using var client = new HttpClient();
        var timer = Stopwatch.StartNew();

        using var response = await client.SendAsync(GatewayApi.ProviderRequest(Gateway + "openai", "openai", "/v1/chat/completions",
            GatewayApi.Chat(stream: true, includeUsage: true), headers), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await reader.ReadLineAsync();
        var firstAt = timer.Elapsed;
        await reader.ReadToEndAsync();

        Assert.StartsWith("data: {", first);
        Assert.True(timer.Elapsed - firstAt > TimeSpan.FromMilliseconds(750),
            $"The first chunk came {firstAt.TotalMilliseconds:0} ms in and the stream ended at {timer.Elapsed.TotalMilliseconds:0} ms: it was buffered.");
    }

    [Fact]
    public async Task A_caller_leaving_mid_stream_is_recorded_as_such_with_the_usage_streamed_so_far()
    {
        var (owner, key) = await OwnerWithKeyAsync();
        var headers = Attribution(key, "left-1");
        headers["x-mock-chunk-delay-ms"] = "200";

        using (var client = new HttpClient())
        using (var response = await client.SendAsync(GatewayApi.ProviderRequest(Gateway + "anthropic", "anthropic", "/v1/messages",
            GatewayApi.Message(stream: true), headers), HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("event: message_start", await reader.ReadLineAsync());
        }

        var call = await owner.Client.RecordedCallAsync("left-1");
        Assert.Equal(("error", "client_closed_request"), (call.Text("status"), call.Text("errorCode")));
        Assert.True(call["inputTokens"]!.GetValue<long>() > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_anthropic_message_is_relayed_byte_for_byte_and_recorded_with_its_cache_reads_and_writes(bool stream)
    {
        var (owner, key) = await OwnerWithKeyAsync();
        var requestId = $"message-{stream}";

        var (direct, relayed) = await BothAsync("anthropic", "/v1/messages", GatewayApi.Message(stream), Attribution(key, requestId));

        await relayed.ExpectAsync(HttpStatusCode.OK);
        var body = await relayed.Content.ReadAsStringAsync();
        Assert.Equal(await direct.Content.ReadAsStringAsync(), body);
        var usage = stream
            ? GatewayApi.EventData(body).Select(d => JsonNode.Parse(d)!).Single(e => e.Text("type") == "message_start")["message"]!["usage"]!
            : JsonNode.Parse(body)!["usage"]!;
        var (read, write) = (usage["cache_read_input_tokens"]!.GetValue<long>(), usage["cache_creation_input_tokens"]!.GetValue<long>());
        Assert.True(read > 0 && write > 0);
        var call = await owner.Client.RecordedCallAsync(requestId);
        Assert.Equal(("anthropic", "claude-3-5-sonnet-20241022"), (call.Text("provider"), call.Text("model")));
        Assert.Equal((usage["input_tokens"]!.GetValue<long>() + read + write, read, write),
            (call["inputTokens"]!.GetValue<long>(), call["cachedInputTokens"]!.GetValue<long>(), call["cacheWriteTokens"]!.GetValue<long>()));
        Assert.True(call["outputTokens"]!.GetValue<long>() > 1);
    }

    [Fact]
    public async Task A_call_retried_with_the_same_request_id_is_relayed_again_and_counted_once()
    {
        var (owner, key) = await OwnerWithKeyAsync();

        await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "retried"));
        var (_, again) = await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "retried"));
        await again.ExpectAsync(HttpStatusCode.OK);
        await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "after"));
        await owner.Client.RecordedCallAsync("after");

        var ids = (await owner.Client.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray().Select(i => i!.Text("externalRequestId"));
        Assert.Equal(["after", "retried"], ids.Order());
    }

    [Fact]
    public async Task An_upstream_500_passes_through_unchanged_and_is_recorded_as_an_error()
    {
        var (owner, key) = await OwnerWithKeyAsync();
        await api.AddFaultAsync(new { provider = "openai", status = 500, times = 2 });

        var (direct, relayed) = await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "failed-1"));

        Assert.Equal(HttpStatusCode.InternalServerError, relayed.StatusCode);
        Assert.Equal(await direct.Content.ReadAsStringAsync(), await relayed.Content.ReadAsStringAsync());
        var call = await owner.Client.RecordedCallAsync("failed-1");
        Assert.Equal(("error", "server_error", 0L), (call.Text("status"), call.Text("errorCode"), call["inputTokens"]!.GetValue<long>()));
    }

    [Fact]
    public async Task The_callers_provider_keys_are_forwarded_but_never_stored_or_logged()
    {
        var (owner, key) = await OwnerWithKeyAsync();
        api.Logs.Enabled = true;
        try
        {
            var (_, chat) = await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "secret-1"));
            var (_, message) = await BothAsync("anthropic", "/v1/messages", GatewayApi.Message(stream: true), Attribution(key, "secret-2"));
            await api.AddFaultAsync(new { provider = "openai", status = 500, times = 2 });
            await BothAsync("openai", "/v1/chat/completions", GatewayApi.Chat(), Attribution(key, "secret-3"));
            await chat.ExpectAsync(HttpStatusCode.OK);
            await message.ExpectAsync(HttpStatusCode.OK);
            foreach (var id in new[] { "secret-1", "secret-2", "secret-3" }) await owner.Client.RecordedCallAsync(id);
        }
        finally
        {
            api.Logs.Enabled = false;
        }

        Assert.NotEmpty(api.Logs.Lines);
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(GatewayApi.OpenAiKey) || line.Contains(GatewayApi.AnthropicKey));
        Assert.False(await api.StorageContainsAsync(GatewayApi.OpenAiKey));
        Assert.False(await api.StorageContainsAsync(GatewayApi.AnthropicKey));
        Assert.True(await api.StorageContainsAsync("secret-3"), "the storage scan finds what was stored");
    }
}
