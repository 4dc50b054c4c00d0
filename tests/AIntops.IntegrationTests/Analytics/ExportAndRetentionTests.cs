using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Retention;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Analytics;

public sealed class ExportTests(AnalyticsDataSet data) : IClassFixture<AnalyticsDataSet>
{
    [Theory]
    [InlineData("")]
    [InlineData("range=90d&dataMode=all&team=search")]
    public async Task Csv_and_json_exports_hold_the_calls_behind_the_overview(string query)
    {
        var overview = await data.Owner.Client.GetJsonAsync($"/v1/dashboard/overview?{query}");

        var csv = await data.Owner.Client.GetAsync($"/v1/exports/usage.csv?{query}");
        await csv.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("false", csv.Headers.GetValues("X-Retention-Truncated").Single());
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(overview["requests"]!.GetValue<long>(), rows.Count);
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(),
            rows.Sum(r => r[header.IndexOf("costUsd")] is { Length: > 0 } cost ? decimal.Parse(cost, CultureInfo.InvariantCulture) : 0));

        var json = JsonNode.Parse(await (await data.Owner.Client.GetAsync($"/v1/exports/usage.json?{query}")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(rows.Count, json.Count);
        Assert.Equal(overview["spendUsd"]!.GetValue<decimal>(), json.Sum(r => r!["costUsd"]?.GetValue<decimal>() ?? 0));
        Assert.Equal(json.Select(r => r!["id"]!.GetValue<string>()), rows.Select(r => r[0]));
    }
}

public sealed class RetentionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Retention_removes_old_raw_events_keeps_rollups_longer_and_exports_say_so()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var ages = new[] { 0, 3, 9, 12, 20, 40 };
        await factory.CreateClient().WithApiKey(key).IngestBatchAsync(ages.Select(days => IngestApi.Event(extra: new { timestamp = now.AddDays(-days).ToString("O") })));

        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { rawRetentionDays = 10, rollupRetentionDays = 5 })).ExpectAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { rawRetentionDays = 10, rollupRetentionDays = 30 })).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(10, (await owner.Client.GetJsonAsync("/v1/organization"))["rawRetentionDays"]!.GetValue<int>());
        await factory.Services.GetRequiredService<RetentionEnforcer>().EnforceAllAsync(CancellationToken.None);

        var raw = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(3, raw.Count);
        Assert.Equal(5, (await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d"))["requests"]!.GetValue<long>());
        var overview90 = await owner.Client.GetAsync("/v1/dashboard/overview?range=90d");
        Assert.Equal(6 - 1, JsonNode.Parse(await overview90.Content.ReadAsStringAsync())!["requests"]!.GetValue<long>());
        Assert.Equal("true", overview90.Headers.GetValues("X-Retention-Truncated").Single());
        Assert.Equal("false", (await owner.Client.GetAsync("/v1/usage/explorer?range=30d")).Headers.GetValues("X-Retention-Truncated").Single());

        var export = await owner.Client.GetAsync("/v1/exports/usage.csv?range=30d");
        Assert.Equal("true", export.Headers.GetValues("X-Retention-Truncated").Single());
        Assert.Equal(now.Date.AddDays(-9), DateTime.Parse(export.Headers.GetValues("X-Retention-Available-From-Utc").Single(), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal));
        Assert.Equal(3, (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal("false", (await owner.Client.GetAsync("/v1/exports/usage.csv?range=7d")).Headers.GetValues("X-Retention-Truncated").Single());
    }
}
