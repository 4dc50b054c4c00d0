using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Support;

/// <summary>Prices, overrides and recalculation as the tests use them.</summary>
public static class PriceApi
{
    public static Task<HttpResponseMessage> PutPriceOverrideAsync(this HttpClient client, string provider, string model, object body) =>
        client.PutAsJsonAsync($"/v1/prices/overrides/{Uri.EscapeDataString(provider)}/{string.Join('/', model.Split('/').Select(Uri.EscapeDataString))}", body);

    /// <summary>Sets an input + output price (USD per 1M tokens) and returns the override.</summary>
    public static async Task<JsonNode> SetPriceOverrideAsync(this HttpClient client, string provider, string model, decimal input, decimal output,
        DateTime? effectiveFrom = null)
    {
        var response = await client.PutPriceOverrideAsync(provider, model, new { effectiveFrom, input, output });
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static Task<HttpResponseMessage> PostRecalculateAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/v1/prices/recalculate", body);

    /// <returns>scanned, changed and costDeltaUsd.</returns>
    public static async Task<(long Scanned, long Changed, decimal CostDeltaUsd)> RecalculateAsync(this HttpClient client, DateTime from, DateTime to)
    {
        var response = await client.PostRecalculateAsync(new { from, to });
        await response.ExpectAsync(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body["scanned"]!.GetValue<long>(), body["changed"]!.GetValue<long>(), body["costDeltaUsd"]!.GetValue<decimal>());
    }

    /// <summary>Cost in nano-USD of each raw event by its external request id.</summary>
    public static Task<Dictionary<string, (long CostNanoUsd, bool PriceKnown)>> EventCostsAsync(this ApiFactory factory, Guid organizationId) =>
        factory.WithDbAsync(async db => (await db.LlmEvents.AsNoTracking().ToListAsync())
            .ToDictionary(e => e.ExternalRequestId, e => (e.CostNanoUsd, e.PriceKnown)), organizationId);

    /// <summary>
    /// Every hourly and per-user daily rollup row equals the sums recomputed from the raw events, key by key
    /// (grouped here independently of the application's code).
    /// </summary>
    public static async Task AssertRollupsMatchRawEventsAsync(this ApiFactory factory, Guid organizationId)
    {
        const long hourMs = 3_600_000, dayMs = 86_400_000;
        var (raw, hourly, daily) = await factory.WithDbAsync(async db =>
            (await db.LlmEvents.AsNoTracking().ToListAsync(), await db.UsageHourly.AsNoTracking().ToListAsync(), await db.UsageUserDaily.AsNoTracking().ToListAsync()),
            organizationId);
        Assert.NotEmpty(raw);

        Assert.Equal(
            raw.GroupBy(e => $"{e.TimestampMs - e.TimestampMs % hourMs}|{e.Provider}|{e.Model}|{e.Team}|{e.Environment}|{e.DataMode}|{e.EndpointTag}|{e.PromptVersion}|{e.Status}|{e.ApiKeyId ?? Guid.Empty}")
                .Select(g => $"{g.Key} => {g.Count()} {g.Sum(e => e.InputTokens)} {g.Sum(e => e.OutputTokens)} {g.Sum(e => e.CachedInputTokens)} " +
                    $"{g.Sum(e => e.CacheWriteTokens)} cost {g.Sum(e => e.CostNanoUsd)} unpriced {g.Count(e => !e.PriceKnown)} {g.Sum(e => e.LatencyMs ?? 0)} {g.Count(e => e.LatencyMs is not null)}")
                .Order(),
            hourly.Select(r => $"{r.HourStartMs}|{r.Provider}|{r.Model}|{r.Team}|{r.Environment}|{r.DataMode}|{r.EndpointTag}|{r.PromptVersion}|{r.Status}|{r.ApiKeyId} => " +
                    $"{r.Requests} {r.InputTokens} {r.OutputTokens} {r.CachedInputTokens} {r.CacheWriteTokens} cost {r.CostNanoUsd} unpriced {r.UnpricedRequests} {r.LatencySumMs} {r.LatencyCount}")
                .Order());
        Assert.Equal(
            raw.GroupBy(e => $"{e.TimestampMs - e.TimestampMs % dayMs}|{e.EndUserId}|{e.Environment}|{e.DataMode}")
                .Select(g => $"{g.Key} => {g.Count()} {g.Sum(e => e.InputTokens)} {g.Sum(e => e.OutputTokens)} cost {g.Sum(e => e.CostNanoUsd)}")
                .Order(),
            daily.Select(r => $"{r.DayStartMs}|{r.EndUserId}|{r.Environment}|{r.DataMode} => {r.Requests} {r.InputTokens} {r.OutputTokens} cost {r.CostNanoUsd}")
                .Order());
    }
}
