using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest.LoadDemoData;

/// <summary>
/// A realistic week of LLM calls: several providers and models (one without a catalog price),
/// features with teams (and one without), prompt versions, end users, environments, errors and
/// prompt-cache hits, and workflows spanning features (two features send none). Priced with the organization's prices, like ingested events.
/// </summary>
public static class DemoDataSet
{
    public const int Size = 500;
    public const string UnpricedModel = "acme-internal-13b";
    public static readonly TimeSpan Span = TimeSpan.FromDays(7);

    private sealed record Model(string Provider, string Id, int TypicalInput, int TypicalOutput, bool CachesPrompts);

    private sealed record Feature(string EndpointTag, string? Team, int Weight, Model[] Models, string[] PromptVersions, string? Workflow = null);

    private static readonly Model GptMini = new("openai", "gpt-4o-mini", 900, 250, true);
    private static readonly Model Gpt = new("openai", "gpt-4o", 1800, 450, true);
    private static readonly Model Sonnet = new("anthropic", "claude-sonnet-4-5", 2400, 600, true);
    private static readonly Model Haiku = new("anthropic", "claude-3-5-haiku-20241022", 1200, 300, true);
    private static readonly Model Flash = new("google", "gemini-2.0-flash", 1500, 350, false);
    private static readonly Model Embedding = new("openai", "text-embedding-3-small", 400, 0, false);
    private static readonly Model InHouse = new("self-hosted", UnpricedModel, 1000, 300, false);

    private static readonly Feature[] Features =
    [
        new("support-reply", "support", 30, [Gpt, Sonnet], ["v3", "v4"], "support-ticket"),
        new("ticket-summary", "support", 15, [GptMini, Haiku], ["v1"], "support-ticket"),
        new("search-rerank", "search", 20, [GptMini, Flash], ["v2"], "answer-search"),
        new("semantic-search", "search", 15, [Embedding], [], "answer-search"),
        new("onboarding-email", "growth", 10, [GptMini], ["v1", "v2"]),
        new("internal-playground", null, 10, [InHouse, Gpt, Flash], []),
    ];

    private static readonly string[] ErrorCodes = ["rate_limit_exceeded", "timeout", "context_length_exceeded", "server_error"];

    public static IReadOnlyList<LlmEvent> Create(Guid organizationId, Guid sentByUserId, DateTime now, OrganizationPriceList prices, Random random)
    {
        var receivedAtMs = new DateTimeOffset(now).ToUnixTimeMilliseconds();
        return Enumerable.Range(0, Size).Select(_ => Call(organizationId, sentByUserId, now, receivedAtMs, prices, random)).ToList();
    }

    private static LlmEvent Call(Guid organizationId, Guid sentByUserId, DateTime now, long receivedAtMs, OrganizationPriceList prices, Random random)
    {
        var feature = PickFeature(random);
        var model = feature.Models[random.Next(feature.Models.Length)];
        var at = now - Span * random.NextDouble();
        var failed = random.NextDouble() < 0.04;
        var input = Around(model.TypicalInput, random);
        var output = failed ? 0 : Around(model.TypicalOutput, random);
        var cached = model.CachesPrompts && random.NextDouble() < 0.35 ? input * random.Next(40, 80) / 100 : 0;
        var cacheWrite = model.Provider == "anthropic" && cached == 0 && random.NextDouble() < 0.1 ? input / 5 : 0;
        var price = prices.PriceEvent(model.Id, at, new TokenUsage(input, output, cached, cacheWrite));
        var id = Guid.CreateVersion7();
        return new LlmEvent
        {
            Id = id,
            ExternalRequestId = $"demo-{id:N}",
            InputTokens = input,
            OutputTokens = output,
            TotalTokens = input + output,
            CachedInputTokens = cached,
            CacheWriteTokens = cacheWrite,
            LatencyMs = random.NextDouble() < 0.05 ? null : (failed ? 100 : 250) + output * 12 + random.Next(0, 400),
            Status = failed ? CallStatuses.Error : CallStatuses.Success,
            ErrorCode = failed ? ErrorCodes[random.Next(ErrorCodes.Length)] : null,
            DataMode = DataModes.Demo,
            Environment = random.NextDouble() switch { < 0.8 => Environments.Prod, < 0.95 => Environments.Staging, _ => Environments.Dev },
            TimestampMs = new DateTimeOffset(at).ToUnixTimeMilliseconds(),
            ReceivedAtMs = receivedAtMs,
            CostNanoUsd = price.CostNanoUsd,
            PriceKnown = price.PriceKnown,
            MetadataJson = feature.Workflow is null ? """{"demo":true}""" : $$"""{"demo":true,"workflow":"{{feature.Workflow}}"}""",
            Labels = new EventLabels
            {
                OrganizationId = organizationId,
                SentByUserId = sentByUserId,
                Provider = model.Provider,
                Model = model.Id,
                PromptVersion = feature.PromptVersions.Length == 0 ? null : feature.PromptVersions[random.Next(feature.PromptVersions.Length)],
                EndpointTag = feature.EndpointTag,
                EndUserId = random.NextDouble() < 0.15 ? null : $"user-{random.Next(1, 41):000}",
                Team = feature.Team,
                Workflow = feature.Workflow,
            },
        };
    }

    private static Feature PickFeature(Random random)
    {
        var ticket = random.Next(Features.Sum(f => f.Weight));
        foreach (var feature in Features)
            if ((ticket -= feature.Weight) < 0) return feature;
        return Features[^1];
    }

    private static long Around(int typical, Random random) => typical == 0 ? 0 : (long)(typical * (0.5 + random.NextDouble()));
}
