using System.Net;
using System.Text.Json.Nodes;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>Usage per API key and per end user: the activity history's view of who called what.</summary>
public sealed class ActorActivityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const long HourMs = 3_600_000;

    private async Task<(SignedIn Owner, Guid CiKey, Guid BatchKey)> SetUpAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (ciId, ci) = await owner.Client.CreateApiKeyAsync("ci");
        var (batchId, batch) = await owner.Client.CreateApiKeyAsync("batch");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.CreateClient().WithApiKey(ci).IngestBatchAsync(Enumerable.Range(0, 24).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));
        await factory.CreateClient().WithApiKey(batch).IngestBatchAsync(Enumerable.Range(5, 9).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));
        return (owner, ciId, batchId);
    }

    private static List<JsonNode> Rows(JsonNode body, string list) => body[list]!.AsArray().Select(r => r!).ToList();

    private static DateTime EndOfHour(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms - ms % HourMs + HourMs).UtcDateTime;

    [Fact]
    public async Task Calls_spend_and_last_seen_per_api_key_and_user_equal_the_raw_calls()
    {
        var (owner, ciKey, batchKey) = await SetUpAsync();
        var raw = await factory.RawEventsAsync(owner.OrganizationId);

        var body = await owner.Client.GetJsonAsync("/v1/analytics/actors?range=7d");

        var keys = Rows(body, "apiKeys");
        Assert.Equal(2, body["totalApiKeys"]!.GetValue<int>());
        Assert.Equal(["batch", "ci"], keys.Select(k => k["label"]!.GetValue<string>()).Order());
        foreach (var key in keys)
        {
            var calls = raw.Where(e => e.Labels.ApiKeyId == key["id"]!.GetValue<Guid>()).ToList();
            Assert.Contains(key["id"]!.GetValue<Guid>(), new[] { ciKey, batchKey });
            Assert.Equal(calls.Count, key["calls"]!.GetValue<long>());
            Assert.Equal(calls.Sum(e => e.CostNanoUsd) / 1_000_000_000m, key["spendUsd"]!.GetValue<decimal>());
            Assert.Equal(EndOfHour(calls.Max(e => e.TimestampMs)), key["lastSeenAt"]!.GetValue<DateTime>());
        }
        var users = Rows(body, "users");
        var byUser = raw.Where(e => e.Labels.EndUserId is not null).GroupBy(e => e.Labels.EndUserId!).ToList();
        Assert.Equal(byUser.Count, body["totalUsers"]!.GetValue<int>());
        Assert.Equal(byUser.Select(u => u.Key).Order(), users.Select(u => u["id"]!.GetValue<string>()).Order());
        foreach (var user in users)
        {
            var calls = byUser.Single(u => u.Key == user["id"]!.GetValue<string>()).ToList();
            Assert.Equal(calls.Count, user["calls"]!.GetValue<long>());
            Assert.Equal(calls.Sum(e => e.CostNanoUsd) / 1_000_000_000m, user["spendUsd"]!.GetValue<decimal>());
            Assert.Equal(EndOfHour(calls.Max(e => e.TimestampMs)), user["lastSeenAt"]!.GetValue<DateTime>());
        }
        var spends = users.Select(u => u["spendUsd"]!.GetValue<decimal>()).ToList();
        Assert.Equal(spends.OrderDescending(), spends);
    }

    [Theory]
    [InlineData("range=7d")]
    [InlineData("range=30d&model=gpt-4o")]
    [InlineData("range=7d&team=team-1&environment=prod")]
    [InlineData("range=custom&from=TODAY&to=TOMORROW")]
    public async Task Spend_agrees_with_the_explorer_grouped_by_api_key_and_by_user(string query)
    {
        var (owner, _, _) = await SetUpAsync();
        var today = factory.Clock.GetUtcNow().UtcDateTime.Date;
        query = query.Replace("TODAY", today.ToString("O")).Replace("TOMORROW", today.AddDays(1).ToString("O"));

        var body = await owner.Client.GetJsonAsync($"/v1/analytics/actors?{query}");

        foreach (var (list, groupBy) in new[] { ("apiKeys", "apiKey"), ("users", "user") })
        {
            var explorer = Rows(await owner.Client.GetJsonAsync($"/v1/usage/explorer?{query}&groupBy={groupBy}"), "rows")
                .Where(r => r["key"]!.GetValue<string>() != "").ToDictionary(r => r["key"]!.GetValue<string>().ToLowerInvariant());
            var actors = Rows(body, list);
            Assert.Equal(explorer.Keys.Order(), actors.Select(a => a["id"]!.GetValue<string>().ToLowerInvariant()).Order());
            foreach (var actor in actors)
            {
                var row = explorer[actor["id"]!.GetValue<string>().ToLowerInvariant()];
                Assert.Equal(row["spendUsd"]!.GetValue<decimal>(), actor["spendUsd"]!.GetValue<decimal>());
                Assert.Equal(row["requests"]!.GetValue<long>(), actor["calls"]!.GetValue<long>());
            }
        }
    }

    [Fact]
    public async Task Members_are_refused_and_another_organization_sees_none_of_it()
    {
        var (owner, _, _) = await SetUpAsync();
        var member = await factory.AddMemberAsync(owner, "member");
        var admin = await factory.AddMemberAsync(owner, "admin");
        var stranger = await factory.SignupOwnerAsync();

        await (await member.Client.GetAsync("/v1/analytics/actors")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(2, Rows(await admin.Client.GetJsonAsync("/v1/analytics/actors"), "apiKeys").Count);
        var theirs = await stranger.Client.GetJsonAsync("/v1/analytics/actors");
        Assert.Empty(Rows(theirs, "apiKeys"));
        Assert.Empty(Rows(theirs, "users"));
        Assert.Equal(0, theirs["totalUsers"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("range=1y", "range")]
    [InlineData("range=custom&from=2026-02-01T00:00:00Z", "to")]
    [InlineData("environment=qa", "environment")]
    [InlineData("source=billed", "source")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    public async Task Bad_filters_are_a_400_naming_the_field(string query, string field)
    {
        var owner = await factory.SignupOwnerAsync();

        var problem = await (await owner.Client.GetAsync($"/v1/analytics/actors?{query}")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }
}
