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
}
