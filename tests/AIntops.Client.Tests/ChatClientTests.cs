using System.Runtime.CompilerServices;
using AIntops.Client.Tests.Support;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.AI;

namespace AIntops.Client.Tests;

/// <summary>The IChatClient middleware over a scripted model, recording to the real API.</summary>
public sealed class ChatClientTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A model that answers with fixed usage, streams three updates (usage in the last), or fails as told.</summary>
    private sealed class ScriptedModel : IChatClient
    {
        public Exception? Failure { get; init; }
        public List<ChatResponseUpdate> Updates { get; } =
        [
            new(ChatRole.Assistant, "Bon") { ModelId = "gpt-4o-2024-08-06" },
            new(ChatRole.Assistant, "jour") { ModelId = "gpt-4o-2024-08-06" },
            new() { ModelId = "gpt-4o-2024-08-06", Contents = [new UsageContent(new UsageDetails { InputTokenCount = 900, OutputTokenCount = 90, TotalTokenCount = 990, CachedInputTokenCount = 300 })] },
        ];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Failure is not null ? Task.FromException<ChatResponse>(Failure) : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Bonjour"))
            {
                ModelId = "gpt-4o-mini", Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 20, TotalTokenCount = 120 },
            });

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var update in Updates)
            {
                await Task.Yield();
                if (update == Updates[^1] && Failure is not null) throw Failure;
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("OpenAI", new Uri("http://127.0.0.1/"), "gpt-4o-mini") : null;

        public void Dispose()
        {
        }
    }

    private static IChatClient Pipeline(RecordingApp app, ScriptedModel model) =>
        new ChatClientBuilder(model).UseAIntops().Build(app.Services);

    private static List<ChatMessage> Hello => [new(ChatRole.User, "Hello")];

    [Fact]
    public async Task Calls_are_attributed_by_nested_scopes_and_options_override_them()
    {
        var (owner, app) = await factory.RecordingAppAsync(o => o.Team = "platform");
        await using var _ = app;
        var chat = Pipeline(app, new ScriptedModel());
        var options = new ChatOptions { AdditionalProperties = new() { [AIntopsChatClient.UserIdKey] = "u-2", [AIntopsChatClient.PromptVersionKey] = "v3" } };

        await chat.GetResponseAsync(Hello, new ChatOptions { AdditionalProperties = new() { [AIntopsChatClient.EndpointTagKey] = "no-scope" } });
        using (AIntopsScope.Begin(team: "payments", userId: "u-1", endpointTag: "checkout"))
        {
            using (AIntopsScope.Begin(team: "billing", endpointTag: "checkout.summary"))
                await chat.GetResponseAsync(Hello, options);
            await chat.GetResponseAsync(Hello);
        }
        await app.Recorder.FlushAsync();

        var calls = (await owner.RequestsAsync()).ToDictionary(r => r.Text("endpointTag"));
        Assert.Equal(("platform", null, null), (calls["no-scope"].Text("team"), calls["no-scope"]["userId"], calls["no-scope"]["promptVersion"]));
        Assert.Equal(("billing", "u-2", "v3"), (calls["checkout.summary"].Text("team"), calls["checkout.summary"].Text("userId"), calls["checkout.summary"].Text("promptVersion")));
        Assert.Equal(("payments", "u-1", null), (calls["checkout"].Text("team"), calls["checkout"].Text("userId"), calls["checkout"]["promptVersion"]));
        Assert.All(calls.Values, c => Assert.Equal(("openai", "gpt-4o-mini", 100L, 20L), (c.Text("provider"), c.Text("model"), c.Number("inputTokens"), c.Number("outputTokens"))));
        Assert.Null(AIntopsScope.Current);
    }

    [Fact]
    public async Task A_stream_is_passed_through_unchanged_and_recorded_with_the_usage_of_its_updates()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;
        var model = new ScriptedModel();

        var seen = new List<ChatResponseUpdate>();
        using (AIntopsScope.Begin(endpointTag: "stream"))
            await foreach (var update in Pipeline(app, model).GetStreamingResponseAsync(Hello)) seen.Add(update);
        await app.Recorder.FlushAsync();

        Assert.Equal(model.Updates, seen);
        var call = Assert.Single(await owner.RequestsAsync());
        Assert.Equal(("gpt-4o-2024-08-06", "stream", "success"), (call.Text("model"), call.Text("endpointTag"), call.Text("status")));
        Assert.Equal((900L, 90L, 300L), (call.Number("inputTokens"), call.Number("outputTokens"), call.Number("cachedInputTokens")));
    }

    [Fact]
    public async Task Errors_are_rethrown_unchanged_and_recorded()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;
        var failure = new TimeoutException("The model took too long.");
        var chat = Pipeline(app, new ScriptedModel { Failure = failure });

        Assert.Same(failure, await Assert.ThrowsAsync<TimeoutException>(() => chat.GetResponseAsync(Hello, new ChatOptions { ModelId = "gpt-4.1" })));
        var seen = 0;
        Assert.Same(failure, await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync(Hello)) seen++;
        }));
        await app.Recorder.FlushAsync();

        Assert.Equal(2, seen);
        var calls = await owner.RequestsAsync();
        Assert.Equal(["gpt-4.1", "gpt-4o-2024-08-06"], calls.Select(c => c.Text("model")).Order());
        Assert.All(calls, c => Assert.Equal(("error", "TimeoutException"), (c.Text("status"), c.Text("errorCode"))));
    }
}
