using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Support;

/// <summary>Helpers for API keys and ingest.</summary>
public static class IngestApi
{
    public static async Task<(Guid Id, string Key)> CreateApiKeyAsync(this HttpClient owner, string name = "ci", string? team = null)
    {
        var response = await owner.PostAsJsonAsync("/v1/api-keys", new { name, team });
        await response.ExpectAsync(HttpStatusCode.Created);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body["id"]!.GetValue<Guid>(), body["key"]!.GetValue<string>());
    }

    public static HttpClient WithApiKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Remove("X-API-Key");
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        return client;
    }

    public static object Event(string? externalRequestId = null, string model = "gpt-4o-mini", long input = 120, long output = 45, object? extra = null)
    {
        var node = new JsonObject
        {
            ["externalRequestId"] = externalRequestId ?? Guid.NewGuid().ToString("N"),
            ["provider"] = "openai",
            ["model"] = model,
            ["inputTokens"] = input,
            ["outputTokens"] = output,
        };
        if (extra is not null)
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra))!.AsObject())
                node[key] = value?.DeepClone();
        return node;
    }

    public static async Task<JsonNode> IngestAsync(this HttpClient client, object ingestEvent, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync("/v1/ingest", ingestEvent);
        await response.ExpectAsync(expected);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Requests and cost summed over the organization's hourly rollups.</summary>
    public static Task<(long Requests, long CostNanoUsd, long Unpriced, long RawRows)> TotalsAsync(this ApiFactory factory, Guid organizationId) =>
        factory.WithDbAsync(async db =>
        {
            var rollups = await db.UsageHourly.ToListAsync();
            return (rollups.Sum(r => r.Requests), rollups.Sum(r => r.CostNanoUsd), rollups.Sum(r => r.UnpricedRequests), (long)await db.LlmEvents.CountAsync());
        }, organizationId);

    public static async Task<Guid> OrganizationIdAsync(this HttpClient owner) =>
        (await owner.GetJsonAsync("/v1/organization"))["id"]!.GetValue<Guid>();
}
