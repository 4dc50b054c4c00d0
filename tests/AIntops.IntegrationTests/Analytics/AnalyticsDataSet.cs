using System.Net;
using System.Net.Http.Json;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>
/// One organization with a randomized, seeded history of 45 days: several providers, models (one
/// unpriced), teams, features, prompt versions and users, each sometimes missing; errors, latencies,
/// cached tokens, workflows (in the metadata, sometimes missing), test and demo data; retries sent as duplicates, test data deleted again and a
/// price change applied to part of the past. A second organization sends noise that must never show.
/// </summary>
public sealed class AnalyticsDataSet : ApiFactory, IAsyncLifetime
{
    private static readonly (string Provider, string Model)[] Models =
    [
        ("openai", "gpt-4o"), ("openai", "gpt-4o-mini"), ("anthropic", "claude-3-5-sonnet-20241022"), ("anthropic", "claude-3-5-haiku-20241022"),
        ("openai", "in-house-llm"),
    ];

    public SignedIn Owner { get; private set; } = null!;
    public List<LlmEvent> Raw { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task InitializeAsync()
    {
        Owner = await this.SignupOwnerAsync();
        Now = Clock.GetUtcNow().UtcDateTime;
        var random = new Random(20261202);
        var (_, key) = await Owner.Client.CreateApiKeyAsync("backend");
        var (_, teamKey) = await Owner.Client.CreateApiKeyAsync("search", team: "search");
        var events = Enumerable.Range(0, 900).Select(i => RandomEvent(random, i)).ToList();
        await SendAsync(key, events.Where((_, i) => i % 3 != 0));
        await SendAsync(teamKey, events.Where((_, i) => i % 3 == 0));
        await SendAsync(key, events.Take(60));
        await Owner.Client.LoadDemoDataAsync();
        (await Owner.Client.DeleteDataAsync("test-data", "workspace")).EnsureSuccessStatusCode();
        await Owner.Client.SetPriceOverrideAsync("openai", "gpt-4o", 3, 12, Now.AddDays(-20));
        await Owner.Client.RecalculateAsync(Now.AddDays(-20), Now.AddDays(1));

        var noise = await this.SignupOwnerAsync();
        var (_, noiseKey) = await noise.Client.CreateApiKeyAsync();
        await SendAsync(noiseKey, Enumerable.Range(0, 200).Select(i => RandomEvent(random, i)));

        Raw = await this.RawEventsAsync(Owner.OrganizationId);
    }

    private object RandomEvent(Random random, int i)
    {
        var (provider, model) = Models[random.Next(Models.Length)];
        var input = random.Next(10, 5000);
        return IngestApi.Event(model: model, input: input, output: random.Next(1, 2000), extra: new
        {
            provider,
            team = Pick(random, "payments", "search", "support", null),
            endpointTag = Pick(random, "checkout.summary", "search.rerank", "support.reply", null),
            promptVersion = Pick(random, "v1", "v2", null),
            userId = Pick(random, "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10", "u11", "u12", null),
            status = random.Next(10) == 0 ? "error" : "success",
            environment = Pick(random, "prod", "prod", "prod", "staging", "dev"),
            dataMode = Pick(random, "real", "real", "real", "real", "test"),
            latencyMs = random.Next(8) == 0 ? (int?)null : (int)Math.Exp(random.NextDouble() * 9),
            cachedInputTokens = random.Next(3) == 0 ? random.Next(0, input / 2) : 0,
            metadata = Pick(random, "checkout", "answer", null) is { } workflow ? new { workflow } : null,
            timestamp = Now.AddMinutes(-random.Next(0, 45 * 24 * 60)).AddSeconds(-random.Next(60)).ToString("O"),
        });
    }

    private static string? Pick(Random random, params string?[] values) => values[random.Next(values.Length)];

    private async Task SendAsync(string key, IEnumerable<object> events)
    {
        var client = CreateClient().WithApiKey(key);
        foreach (var chunk in events.Chunk(250))
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/v1/ingest/batch", new { events = chunk })).StatusCode);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
