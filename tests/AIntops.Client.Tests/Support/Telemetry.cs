using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Client.Tests.Support;

/// <summary>
/// An application that records its LLM calls with the package, sending to <paramref name="Endpoint"/>: its services
/// (AddAIntops, and an HttpClient named "llm" with the handler), its recorder, and that HttpClient.
/// </summary>
public sealed class RecordingApp : IAsyncDisposable
{
    public RecordingApp(Uri endpoint, string apiKey, Action<AIntopsOptions>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAIntops(o =>
        {
            o.Endpoint = endpoint;
            o.ApiKey = apiKey;
            o.FlushInterval = TimeSpan.FromHours(1);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(o);
        });
        services.AddHttpClient("llm").AddAIntopsHandler();
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }
    public IAIntopsRecorder Recorder => Services.GetRequiredService<IAIntopsRecorder>();
    public HttpClient Llm => Services.GetRequiredService<IHttpClientFactory>().CreateClient("llm");

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

public static class Telemetry
{
    /// <summary>A new organization's owner, an ingest key of it, and an app that records to the API with that key.</summary>
    public static async Task<(SignedIn Owner, RecordingApp App)> RecordingAppAsync(this ApiFactory factory, Action<AIntopsOptions>? configure = null)
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return (owner, new RecordingApp(factory.CreateClient().BaseAddress!, key, configure));
    }

    /// <summary>The organization's request log, newest first.</summary>
    public static async Task<List<JsonNode>> RequestsAsync(this SignedIn owner) =>
        (await owner.Client.GetJsonAsync("/v1/requests?limit=200"))["items"]!.AsArray().Select(i => i!).ToList();

    /// <summary>What the server charges for these tokens, asked through a fresh organization's own ingest.</summary>
    public static async Task<decimal> CostAsync(this ApiFactory factory, string model, long input, long output, long cached = 0, long cacheWrite = 0)
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var answer = await factory.CreateClient().WithApiKey(key)
            .IngestAsync(IngestApi.Event(model: model, input: input, output: output, extra: new { cachedInputTokens = cached, cacheWriteTokens = cacheWrite }));
        return answer["costUsd"]!.GetValue<decimal>();
    }

    public static long Number(this JsonNode node, string property) => node[property]!.GetValue<long>();
}

/// <summary>Waits for a condition, not for a time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
