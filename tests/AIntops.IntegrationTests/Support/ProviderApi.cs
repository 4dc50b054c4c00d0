extern alias MockProviders;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Providers;
using MockProviders::AIntops.MockProviders;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Support;

/// <summary>Provider connections as the tests use them.</summary>
public static class ProviderApi
{
    public static Task<HttpResponseMessage> ConnectAsync(this HttpClient client, string provider, string credentials, string? baseUrl) =>
        client.PostAsJsonAsync("/v1/providers", new { provider, credentials, baseUrl });

    public static async Task<JsonObject> ConnectOkAsync(this HttpClient client, ProviderApiFactory api, string provider)
    {
        var (key, baseUrl) = provider == "openai" ? (MockKeys.OpenAi, api.OpenAiBaseUrl) : (MockKeys.Anthropic, api.AnthropicBaseUrl);
        var response = await client.ConnectAsync(provider, key, baseUrl);
        await response.ExpectAsync(HttpStatusCode.Created);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task<JsonObject> ConnectionAsync(this HttpClient client, Guid id) =>
        (await client.GetJsonAsync("/v1/providers")).AsArray().Single(c => c!["id"]!.GetValue<Guid>() == id)!.AsObject();

    /// <summary>Polls the list until the connection's sync has finished (or <paramref name="done"/> holds), and returns the connection.</summary>
    public static async Task<JsonObject> WaitForSyncAsync(this HttpClient client, Guid id, Func<JsonObject, bool>? done = null)
    {
        done ??= c => c.StatusOf() is not ("pending" or "syncing");
        var connection = await client.ConnectionAsync(id);
        await EventuallyAsync(async () => done(connection = await client.ConnectionAsync(id)), () => $"The sync did not finish: {connection.ToJsonString()}");
        return connection;
    }

    /// <summary>
    /// Background work is done when <paramref name="condition"/> holds; fails with <paramref name="failure"/> after 180 seconds: a first sync
    /// also scans its history for anomalies and savings, which a two-core machine running every test class at once does slowly.
    /// </summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail(failure());
            await Task.Delay(100);
        }
    }

    public static Guid IdOf(this JsonObject connection) => connection["id"]!.GetValue<Guid>();

    public static string StatusOf(this JsonObject connection) => connection["status"]!.GetValue<string>();

    /// <summary>The stored rows of one connection, straight from the database.</summary>
    public static Task<List<ProviderUsage>> StoredUsageAsync(this ApiFactory api, Guid organizationId, Guid connectionId) =>
        api.WithDbAsync(db => db.ProviderUsage.AsNoTracking().Where(u => u.ConnectionId == connectionId).ToListAsync(), organizationId);
}
