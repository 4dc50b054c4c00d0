using Microsoft.Extensions.DependencyInjection;
using AIntops.Application.Ingest;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Support;

/// <summary>Helpers for demo data, data cleanup, the checklist and the request log, and for checking the rollups.</summary>
public static class IngestDataApi
{
    public static async Task<JsonNode> LoadDemoDataAsync(this HttpClient client, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsync("/v1/ingest/demo", null);
        await response.ExpectAsync(expected);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <param name="kind">demo-data or test-data.</param>
    public static Task<HttpResponseMessage> DeleteDataAsync(this HttpClient client, string kind, string scope) =>
        client.DeleteAsync($"/v1/ingest/{kind}?scope={scope}");

    public static async Task<long> DeletedAsync(this HttpClient client, string kind, string scope)
    {
        var response = await client.DeleteDataAsync(kind, scope);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["deleted"]!.GetValue<long>();
    }

    /// <summary>Sends events in one batch and asserts every one was accepted.</summary>
    public static async Task IngestBatchAsync(this HttpClient sender, IEnumerable<object> events)
    {
        var list = events.ToList();
        var response = await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = list });
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(list.Count, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accepted"]!.GetValue<int>());
    }

    public static Task<long> PlanUsageAsync(this ApiFactory factory, Guid organizationId) =>
        factory.WithDbAsync(db => db.PlanUsage.SumAsync(p => p.Requests), organizationId);

    /// <summary>The organization's raw events, with the labels their refs stand for.</summary>
    public static Task<List<LlmEvent>> RawEventsAsync(this ApiFactory factory, Guid organizationId) =>
        factory.WithDbAsync(async db =>
        {
            var events = await db.LlmEvents.AsNoTracking().ToListAsync();
            await events.LabelAsync(factory.Services.GetRequiredService<DimensionDirectory>(), organizationId, CancellationToken.None);
            return events;
        }, organizationId);

    /// <summary>A varied event: the index picks its model, team, feature, user, status, environment and hour.</summary>
    public static object VariedEvent(int i, string dataMode, DateTime now) => IngestApi.Event(
        model: (i % 4) switch { 0 => "gpt-4o-mini", 1 => "gpt-4o", 2 => "claude-3-5-haiku-20241022", _ => "in-house-llm" },
        input: 100 + i, output: 10 + i % 7,
        extra: new
        {
            dataMode,
            team = i % 3 == 0 ? null : $"team-{i % 3}",
            endpointTag = $"feature-{i % 2}",
            promptVersion = i % 5 == 0 ? null : "v1",
            userId = i % 6 == 0 ? null : $"user-{i % 4}",
            status = i % 9 == 0 ? "error" : "success",
            environment = i % 7 == 0 ? "staging" : "prod",
            latencyMs = i % 8 == 0 ? (int?)null : 100 + i,
            cachedInputTokens = i % 3 == 0 ? 50 : 0,
            timestamp = now.AddMinutes(-37 * i).ToString("O"),
        });
}
