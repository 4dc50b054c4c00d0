using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Insights;

namespace AIntops.IntegrationTests.Support;

/// <summary>Helpers for anomalies, recommendations and the traffic behind them.</summary>
public static class InsightsApi
{
    /// <summary>Sends the events through the batch endpoint, in batches the API accepts, and checks each was accepted.</summary>
    public static async Task SendBatchesAsync(this ApiFactory factory, string apiKey, IEnumerable<object> events)
    {
        var client = factory.CreateClient().WithApiKey(apiKey);
        foreach (var chunk in events.Chunk(1000))
        {
            var response = await client.PostAsJsonAsync("/v1/ingest/batch", new { events = chunk });
            await response.ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(chunk.Length, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accepted"]!.GetValue<int>());
        }
    }

    public static object Call(DateTime at, string model, long input, long output, string? team = null, string? endpointTag = null, string? promptHash = null) =>
        IngestApi.Event(model: model, input: input, output: output, extra: new { team, endpointTag, promptHash, timestamp = at.ToString("O") });

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsync(url, null);
        await response.ExpectAsync(expected);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static decimal Usd(this JsonNode node, string property) => node[property]!.GetValue<decimal>();

    /// <summary>Stores an anomaly and a recommendation for the organization directly, for tests that only need them to exist.</summary>
    public static Task<(Guid AnomalyId, Guid RecommendationId)> SeedInsightsAsync(this ApiFactory api, Guid organizationId) =>
        api.WithDbAsync(async db =>
        {
            var now = api.Clock.GetUtcNow().UtcDateTime;
            var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-1);
            var anomaly = new Anomaly(organizationId, AnomalyScopeKinds.Organization, "", hour, hour.AddHours(1), 12_000_000_000, 2_000_000_000, 25,
                new AnomalyDriverValue("team", "search", 11_000_000_000, 1_000_000_000, 1), now);
            var recommendation = new Recommendation(organizationId, "model_downgrade", $"model_downgrade|seed|{Guid.NewGuid():N}",
                new RecommendationFigures("Use gpt-4o-mini instead of gpt-4o on seed", "Seeded.", "[]", 2_000_000_000), SavingBasis.Monthly, null, now);
            db.Anomalies.Add(anomaly);
            db.Recommendations.Add(recommendation);
            await db.SaveChangesAsync();
            return (anomaly.Id, recommendation.Id);
        }, organizationId);
}
