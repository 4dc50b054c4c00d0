using System.ClientModel;
using System.ClientModel.Primitives;
using AIntops.IntegrationTests.Support;
using OpenAI;
using OpenAI.Chat;

namespace AIntops.IntegrationTests.Gateway;

/// <summary>The official OpenAI .NET SDK with its base URL pointed at the gateway (and the AIntops key added as a header): nothing else changes.</summary>
public sealed class GatewayOpenAiSdkTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    /// <summary>How an application adds a header to every call of the SDK.</summary>
    private sealed class HeaderPolicy(string name, string value) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set(name, value);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }

    private ChatClient Client(string aintopsKey)
    {
        var options = new OpenAIClientOptions { Endpoint = new Uri(api.CreateClient().BaseAddress!, "/gateway/openai/v1") };
        options.AddPolicy(new HeaderPolicy("X-AIntops-Key", aintopsKey), PipelinePosition.PerCall);
        options.AddPolicy(new HeaderPolicy("X-AIntops-Feature", "sdk-test"), PipelinePosition.PerCall);
        return new ChatClient("gpt-4o", new ApiKeyCredential(GatewayApi.OpenAiKey), options);
    }

    [Fact]
    public async Task Chat_completions_whole_and_streamed_work_unchanged_and_are_recorded()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var chat = Client(key);

        ChatCompletion whole = await chat.CompleteChatAsync([new UserChatMessage("What is the capital of France?")]);
        var streamed = new List<StreamingChatCompletionUpdate>();
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("What is the capital of Italy?")])) streamed.Add(update);

        Assert.Equal(ChatFinishReason.Stop, whole.FinishReason);
        Assert.Contains("capital of France", whole.Content[0].Text);
        Assert.True(whole.Usage.InputTokenCount > 0 && whole.Usage.OutputTokenCount > 0);
        var text = string.Concat(streamed.SelectMany(u => u.ContentUpdate).Select(p => p.Text));
        Assert.Contains("capital of Italy", text);
        Assert.Contains(streamed, u => u.FinishReason == ChatFinishReason.Stop);
        var usage = streamed.Single(u => u.Usage is not null).Usage;

        var recorded = await WaitForCallsAsync(owner.Client, 2);
        Assert.Equal(new[] { (whole.Usage.InputTokenCount, whole.Usage.OutputTokenCount), (usage.InputTokenCount, usage.OutputTokenCount) }.Order(),
            recorded.Select(c => ((int)c["inputTokens"]!.GetValue<long>(), (int)c["outputTokens"]!.GetValue<long>())).Order());
        Assert.All(recorded, c => Assert.Equal(("gpt-4o", "sdk-test", "success"), (c.Text("model"), c.Text("endpointTag"), c.Text("status"))));
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode>> WaitForCallsAsync(HttpClient owner, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var items = (await owner.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray().Select(i => i!).ToList();
            if (items.Count >= count) return items;
            Assert.True(DateTime.UtcNow < deadline, $"{items.Count} of {count} calls recorded within 15 s.");
            await Task.Delay(50);
        }
    }
}
