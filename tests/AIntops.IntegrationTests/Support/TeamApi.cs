using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AIntops.IntegrationTests.Support;

/// <summary>Teams as the tests use them.</summary>
public static class TeamApi
{
    public static async Task<JsonObject> CreateTeamAsync(this HttpClient client, string name, params string[] keys)
    {
        var response = await client.PostAsJsonAsync("/v1/teams", new { name, keys });
        await response.ExpectAsync(HttpStatusCode.Created);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>A new API key bound to the team; returns its id and secret.</summary>
    public static async Task<(Guid Id, string Key)> CreateApiKeyBoundAsync(this HttpClient owner, string name, Guid teamId)
    {
        var response = await owner.PostAsJsonAsync("/v1/api-keys", new { name, teamId });
        await response.ExpectAsync(HttpStatusCode.Created);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (body.Id(), body.Text("key"));
    }

    public static Guid Id(this JsonNode node) => node["id"]!.GetValue<Guid>();

    /// <summary>The explorer's rows as (key, label, requests).</summary>
    public static async Task<List<(string Key, string Label, long Requests)>> ExploreAsync(this HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/v1/usage/explorer?{query}"))["rows"]!.AsArray()
            .Select(r => (r!.Text("key"), r!.Text("label"), r!["requests"]!.GetValue<long>())).OrderBy(r => r.Item1, StringComparer.Ordinal)];
}
