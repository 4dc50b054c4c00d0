using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>Sums of settled days (and of today's settled hours, for hourly rollups) are cached until something that changes them moves the organization's analytics generation on.</summary>
public sealed class SettledDaysCacheTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Explorer = "/v1/usage/explorer?range=7d&groupBy=model&dataMode=all";

    [Fact]
    public async Task Settled_days_come_from_the_cache_until_a_late_event_arrives_and_today_is_always_live()
    {
        var owner = await api.SignupOwnerAsync();
        var ingest = api.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key);
        var now = api.Clock.GetUtcNow().UtcDateTime;
        await ingest.IngestAsync(IngestApi.Event(extra: new { timestamp = now.AddDays(-3) }));
        Assert.Equal(1, await RequestsAsync(owner.Client));

        // Behind the application's back: a cached answer cannot see this.
        await api.WithDbAsync(db => db.UsageDaily.ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + 100)), owner.OrganizationId);
        Assert.Equal(1, await RequestsAsync(owner.Client));

        await ingest.IngestAsync(IngestApi.Event(extra: new { timestamp = now.AddDays(-2) }));
        Assert.Equal(102, await RequestsAsync(owner.Client));

        await ingest.IngestAsync(IngestApi.Event(extra: new { timestamp = now }));
        Assert.Equal(103, await RequestsAsync(owner.Client));
    }

    [Fact]
    public async Task Per_user_sums_of_todays_settled_hours_come_from_the_cache_until_a_late_event_arrives_and_this_hour_is_live()
    {
        var owner = await api.SignupOwnerAsync();
        var ingest = api.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key);
        var now = api.Clock.GetUtcNow().UtcDateTime;
        api.Clock.Advance(now.Date.AddDays(1).AddHours(10.5) - now);
        var today = now.Date.AddDays(1);
        await ingest.IngestBatchAsync([
            IngestApi.Event(extra: new { timestamp = today.AddDays(-3), userId = "ada" }),
            IngestApi.Event(extra: new { timestamp = today.AddHours(8.2), userId = "ada" }),
            IngestApi.Event(extra: new { timestamp = today.AddHours(10.2), userId = "ada" }),
        ]);
        Assert.Equal(3, await UserRequestsAsync(owner.Client));

        // Behind the application's back: the settled day and the settled hour 08:00 are answered from the cache, 10:00 is read live.
        await api.WithDbAsync(db => db.UsageUserBreakdownHourly.ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + 100)),
            owner.OrganizationId);
        Assert.Equal(103, await UserRequestsAsync(owner.Client));

        // A late event for 08:00 refreshes today's hours only; the settled day stays cached.
        await ingest.IngestAsync(IngestApi.Event(extra: new { timestamp = today.AddHours(8.5), userId = "ada" }));
        Assert.Equal(204, await UserRequestsAsync(owner.Client));
    }

    [Fact]
    public async Task Deleting_test_data_and_repricing_past_days_show_at_once()
    {
        var owner = await api.SignupOwnerAsync();
        var ingest = api.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key);
        var past = api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-4).AddHours(10);
        await ingest.IngestBatchAsync([
            IngestApi.Event(model: "gpt-4o", input: 1_000_000, output: 0, extra: new { timestamp = past }),
            IngestApi.Event(model: "gpt-4o", extra: new { timestamp = past, dataMode = "test" }),
        ]);
        Assert.Equal(2, await RequestsAsync(owner.Client));

        Assert.Equal(1, await owner.Client.DeletedAsync("test-data", "workspace"));
        Assert.Equal(1, await RequestsAsync(owner.Client));

        await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o", input: 1m, output: 1m, effectiveFrom: past.Date);
        await owner.Client.RecalculateAsync(past.Date, past.Date.AddDays(1));
        Assert.Equal(1.00m, (await RowAsync(owner.Client))["spendUsd"]!.GetValue<decimal>());
    }

    private static async Task<long> RequestsAsync(HttpClient client) => (await client.GetJsonAsync(Explorer))["rows"]!.AsArray().Sum(r => r!["requests"]!.GetValue<long>());

    private static async Task<long> UserRequestsAsync(HttpClient client) =>
        (await client.GetJsonAsync("/v1/usage/explorer?range=7d&groupBy=user&thenBy=model&dataMode=all"))["rows"]!.AsArray()
        .Sum(r => r!["requests"]!.GetValue<long>());

    private static async Task<JsonNode> RowAsync(HttpClient client) => Assert.Single((await client.GetJsonAsync(Explorer))["rows"]!.AsArray())!;
}
