using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Text;
using AIntops.Client.Tests.Support;
using AIntops.IntegrationTests.Support;
using OpenAI;
using OpenAI.Chat;

namespace AIntops.Client.Tests;

/// <summary>The HTTP handler under the official OpenAI SDK and a hand-written Anthropic call, recording to the real API.</summary>
public sealed class HttpHandlerTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private FakeProviders _llm = null!;

    public async Task InitializeAsync() => _llm = await FakeProviders.StartAsync();

    public async Task DisposeAsync() => await _llm.DisposeAsync();

    private ChatClient OpenAiChat(HttpClient http, string model = "gpt-4o-mini") => new(model, new ApiKeyCredential("sk-test"), new OpenAIClientOptions
    {
        Endpoint = new Uri(_llm.Root, "v1"),
        Transport = new HttpClientPipelineTransport(http),
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
    });

    [Fact]
    public async Task OpenAI_SDK_calls_normal_and_streamed_are_recorded_with_their_usage_scope_and_cost()
    {
        var (owner, app) = await factory.RecordingAppAsync(o => o.Environment = "staging");
        await using var _ = app;
        var chat = OpenAiChat(app.Llm);

        ChatCompletion completion;
        var streamed = new StringBuilder();
        using (AIntopsScope.Begin(team: "payments", endpointTag: "checkout.summary"))
        {
            completion = (await chat.CompleteChatAsync([new UserChatMessage("Hi")])).Value;
            using (AIntopsScope.Begin(userId: "u-7", promptVersion: "v3"))
                await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Hi")]))
                    foreach (var part in update.ContentUpdate) streamed.Append(part.Text);
        }
        await app.Recorder.FlushAsync();

        Assert.Equal(FakeProviders.ChatText, completion.Content.Single().Text);
        Assert.Equal(1000, completion.Usage.InputTokenCount);
        Assert.Equal(FakeProviders.StreamedText, streamed.ToString());
        Assert.Equal(new AIntopsCounters(2, 0, 0, 0), app.Recorder.Counters);
        var requests = await owner.RequestsAsync();
        var normal = Assert.Single(requests, r => r.Number("inputTokens") == 1000);
        var stream = Assert.Single(requests, r => r.Number("inputTokens") == 3000);
        Assert.All(requests, r =>
        {
            Assert.Equal(("openai", "gpt-4o-mini", "success", "staging"), (r.Text("provider"), r.Text("model"), r.Text("status"), r.Text("environment")));
            Assert.Equal(("payments", "checkout.summary"), (r.Text("team"), r.Text("endpointTag")));
            Assert.True(r.Number("latencyMs") >= 0);
        });
        Assert.Equal((200L, 512L), (normal.Number("outputTokens"), normal.Number("cachedInputTokens")));
        Assert.Null(normal["userId"]);
        Assert.Equal((700L, 1024L), (stream.Number("outputTokens"), stream.Number("cachedInputTokens")));
        Assert.Equal(("u-7", "v3"), (stream.Text("userId"), stream.Text("promptVersion")));
        Assert.Equal(await factory.CostAsync("gpt-4o-mini", 1000, 200, cached: 512), normal["costUsd"]!.GetValue<decimal>());
        Assert.Equal(await factory.CostAsync("gpt-4o-mini", 3000, 700, cached: 1024), stream["costUsd"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Synchronous_OpenAI_SDK_calls_are_recorded_too()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;
        var chat = OpenAiChat(app.Llm);

        var completion = chat.CompleteChat([new UserChatMessage("Hi")]).Value;
        var streamed = string.Concat(chat.CompleteChatStreaming([new UserChatMessage("Hi")]).SelectMany(u => u.ContentUpdate).Select(p => p.Text));
        using var raw = app.Llm.Send(new HttpRequestMessage(HttpMethod.Post, new Uri(_llm.Root, "v1/messages")) { Content = Json("""{"model":"claude-sonnet-4-20250514","stream":true}""") });
        var rawText = new StreamReader(raw.Content.ReadAsStream()).ReadToEnd();
        await app.Recorder.FlushAsync();

        Assert.Equal((FakeProviders.ChatText, FakeProviders.StreamedText), (completion.Content.Single().Text, streamed));
        Assert.Equal(string.Concat(FakeProviders.AnthropicEvents), rawText);
        var requests = await owner.RequestsAsync();
        Assert.Equal([(1000L, 200L), (2500L, 250L), (3000L, 700L)], requests.Select(r => (r.Number("inputTokens"), r.Number("outputTokens"))).Order());
    }

    [Fact]
    public async Task The_application_reads_the_exact_bytes_and_a_stream_as_it_arrives()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;

        using var normal = await app.Llm.PostAsync(new Uri(_llm.Root, "v1/chat/completions"), Json("""{"model":"gpt-4o-mini","messages":[]}"""));
        Assert.Equal(FakeProviders.ChatJson, await normal.Content.ReadAsByteArrayAsync());

        _llm.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_llm.Root, "v1/chat/completions")) { Content = Json("""{"model":"gpt-4o-mini","stream":true}""") };
        using var streamed = await app.Llm.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await streamed.Content.ReadAsStreamAsync();
        var first = Encoding.UTF8.GetByteCount(FakeProviders.ChatEvents[0]);
        var read = new MemoryStream();
        var buffer = new byte[7];
        // The first event arrives while the server holds the rest back: nothing waits for the whole stream.
        while (read.Length < first) read.Write(buffer, 0, await body.ReadAsync(buffer));
        Assert.Equal(1, app.Recorder.Counters.Queued); // the JSON call only: the stream is recorded at its end
        _llm.Gate.SetResult();
        for (int n; (n = await body.ReadAsync(buffer)) > 0;) read.Write(buffer, 0, n);

        Assert.Equal(string.Concat(FakeProviders.ChatEvents), Encoding.UTF8.GetString(read.ToArray()));
        Assert.Equal("text/event-stream", streamed.Content.Headers.ContentType?.MediaType);
        await app.Recorder.FlushAsync();
        var requests = await owner.RequestsAsync();
        Assert.Equal([1000L, 3000L], requests.Select(r => r.Number("inputTokens")).Order());
    }

    [Fact]
    public async Task A_provider_error_reaches_the_application_unchanged_and_is_recorded_with_its_type()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;

        var error = await Assert.ThrowsAsync<ClientResultException>(() => OpenAiChat(app.Llm, "no-such-model").CompleteChatAsync([new UserChatMessage("Hi")]));
        using var raw = await app.Llm.PostAsync(new Uri(_llm.Root, "v1/chat/completions"), Json("""{"model":"no-such-model"}"""));

        Assert.Equal(404, error.Status);
        Assert.Equal(HttpStatusCode.NotFound, raw.StatusCode);
        Assert.Equal(FakeProviders.ErrorJson, await raw.Content.ReadAsByteArrayAsync());
        await app.Recorder.FlushAsync();
        var requests = await owner.RequestsAsync();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(("no-such-model", "error", "invalid_request_error"), (r.Text("model"), r.Text("status"), r.Text("errorCode"))));
    }

    [Fact]
    public async Task An_Anthropic_stream_is_recorded_with_its_cache_tokens_counted_in_the_input()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;

        using var response = await app.Llm.PostAsync(new Uri(_llm.Root, "v1/messages"), Json("""{"model":"claude-sonnet-4-20250514","stream":true,"max_tokens":512}"""));
        Assert.Equal(string.Concat(FakeProviders.AnthropicEvents), await response.Content.ReadAsStringAsync());
        await app.Recorder.FlushAsync();

        var call = Assert.Single(await owner.RequestsAsync());
        Assert.Equal(("anthropic", "claude-sonnet-4-20250514", "success"), (call.Text("provider"), call.Text("model"), call.Text("status")));
        Assert.Equal((2500L, 2000L, 100L, 250L),
            (call.Number("inputTokens"), call.Number("cachedInputTokens"), call.Number("cacheWriteTokens"), call.Number("outputTokens")));
        Assert.Equal(await factory.CostAsync("claude-sonnet-4-20250514", 2500, 250, cached: 2000, cacheWrite: 100), call["costUsd"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Responses_API_and_embeddings_calls_are_recorded_with_their_usage()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;

        foreach (var (path, body) in new[] { ("v1/responses", FakeProviders.ResponsesJson), ("v1/embeddings", FakeProviders.EmbeddingsJson) })
        {
            using var response = await app.Llm.PostAsync(new Uri(_llm.Root, path), Json("""{"input":"Hi"}"""));
            Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        }
        await app.Recorder.FlushAsync();

        var calls = (await owner.RequestsAsync()).ToDictionary(r => r.Text("model"));
        Assert.Equal((800L, 100L, 200L), (calls["gpt-4o-mini"].Number("inputTokens"), calls["gpt-4o-mini"].Number("outputTokens"), calls["gpt-4o-mini"].Number("cachedInputTokens")));
        Assert.Equal((50L, 0L), (calls["text-embedding-3-small"].Number("inputTokens"), calls["text-embedding-3-small"].Number("outputTokens")));
        Assert.All(calls.Values, c => Assert.Equal(("openai", "success"), (c.Text("provider"), c.Text("status"))));
    }

    [Fact]
    public async Task With_AIntops_unreachable_the_application_works_and_the_failure_is_counted()
    {
        await using var app = new RecordingApp(new Uri($"http://127.0.0.1:{Loopback.FreePort()}/"), "aik_unused", o => o.MaxAttempts = 2);
        var chat = OpenAiChat(app.Llm);

        var completion = (await chat.CompleteChatAsync([new UserChatMessage("Hi")])).Value;
        var streamed = new StringBuilder();
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Hi")]))
            foreach (var part in update.ContentUpdate) streamed.Append(part.Text);
        await app.Recorder.FlushAsync();

        Assert.Equal(FakeProviders.ChatText, completion.Content.Single().Text);
        Assert.Equal(FakeProviders.StreamedText, streamed.ToString());
        Assert.Equal(new AIntopsCounters(0, 0, 2, 0), app.Recorder.Counters);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
