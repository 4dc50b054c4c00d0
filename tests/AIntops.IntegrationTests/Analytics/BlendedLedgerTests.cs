using System.Text.Json.Nodes;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>
/// The default (blended) figures: an organization with only a provider connected sees its billing everywhere; telemetry then
/// attributes the bill, the rest is "Unattributed", and hours after the last sync come from telemetry.
/// </summary>
public sealed class BlendedLedgerTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private const string Unattributed = "(unattributed)";

    private static decimal Usd(JsonNode? node, string field) => node![field]!.GetValue<decimal>();

    private async Task<(SignedIn Owner, Guid Connection, decimal Billed, long FromMs)> ConnectedAsync()
    {
        var owner = await api.SignupOwnerAsync();
        var connection = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        await owner.Client.WaitForSyncAsync(connection);
        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&source=billed");
        return (owner, connection, Usd(overview, "spendUsd"), new DateTimeOffset(overview["from"]!.GetValue<DateTime>()).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task With_only_a_provider_connected_every_default_view_shows_its_billing()
    {
        var (owner, connection, billed, fromMs) = await ConnectedAsync();
        var stored = (await api.StoredUsageAsync(owner.OrganizationId, connection)).Where(u => u.BucketStartMs >= fromMs).ToList();
        Assert.True(billed > 0);
        Assert.Equal(stored.Where(u => u.Kind == ProviderUsageKind.Cost).Sum(u => u.CostNanoUsd) / 1e9m, billed);

        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d");
        Assert.Equal(billed, Usd(overview, "spendUsd"));
        var throughMs = new DateTimeOffset(overview["sourceNote"]!["billingThroughUtc"]!.GetValue<DateTime>()).ToUnixTimeMilliseconds();
        Assert.Equal(stored.Where(u => u.Kind == ProviderUsageKind.Usage && u.BucketStartMs < throughMs).Sum(u => u.OutputTokens),
            overview["outputTokens"]!.GetValue<long>());
        Assert.True(Usd(overview, "monthToDateSpendUsd") > 0);
        var note = overview["sourceNote"]!;
        Assert.Equal(("blended", false, billed, 1.0), (note.Text("source"), note["attributedOnly"]!.GetValue<bool>(), Usd(note, "unattributedUsd"),
            note["unattributedShare"]!.GetValue<double>()));
        Assert.Equal("openai", Assert.Single(note["providers"]!.AsArray())!.Text("provider"));

        var spend = await owner.Client.GetJsonAsync("/v1/dashboard/spend-over-time?range=30d");
        Assert.Equal(billed, spend["points"]!.AsArray().Sum(p => Usd(p, "spendUsd")));
        Assert.True(spend["points"]!.AsArray().Count >= 28);
        var models = await owner.Client.GetJsonAsync("/v1/dashboard/cost-per-model?range=30d");
        Assert.NotEmpty(models["models"]!.AsArray());
        Assert.Equal(billed, models["models"]!.AsArray().Sum(m => Usd(m, "spendUsd")));
        var tokens = await owner.Client.GetJsonAsync("/v1/usage/tokens?range=30d");
        Assert.Equal(overview["outputTokens"]!.GetValue<long>(), tokens["total"]!["outputTokens"]!.GetValue<long>());

        var byTeam = await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&groupBy=team");
        var row = Assert.Single(byTeam["rows"]!.AsArray())!;
        Assert.Equal((Unattributed, "Unattributed", billed), (row.Text("key"), row.Text("label"), Usd(row, "spendUsd")));
        var byUser = await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&groupBy=user");
        Assert.Equal(Unattributed, Assert.Single(byUser["rows"]!.AsArray())!.Text("key"));
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/dashboard/top-users?range=30d"))["byCost"]!.AsArray());
        Assert.True((await owner.Client.GetJsonAsync("/v1/dashboard/latency?range=30d"))["sourceNote"]!["attributedOnly"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Telemetry_attributes_the_bill_and_the_rest_is_unattributed()
    {
        var (owner, _, billed, _) = await ConnectedAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var yesterday = api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(10);
        var ingest = api.CreateClient().WithApiKey(key);
        // One model, sent under two of its spellings.
        foreach (var (team, model) in new[] { ("payments", "gpt-4o"), ("search", "openai/gpt-4o") })
            await ingest.IngestAsync(IngestApi.Event(model: model, input: 100_000, output: 10_000, extra: new { team, userId = $"u-{team}", timestamp = yesterday }));
        var telemetry = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&source=telemetry");
        var attributed = Usd(telemetry, "spendUsd");
        Assert.True(attributed > 0 && attributed < billed);

        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d");
        Assert.Equal(billed, Usd(overview, "spendUsd"));
        Assert.Equal(billed - attributed, Usd(overview["sourceNote"], "unattributedUsd"));
        foreach (var groupBy in new[] { "team", "user", "endpointTag", "apiKey", "promptVersion", "model", "provider" })
        {
            var explorer = await owner.Client.GetJsonAsync($"/v1/usage/explorer?range=30d&groupBy={groupBy}");
            Assert.Equal(billed, explorer["rows"]!.AsArray().Sum(r => Usd(r, "spendUsd")));
        }
        var models = (await owner.Client.GetJsonAsync("/v1/dashboard/cost-per-model?range=30d"))["models"]!.AsArray();
        Assert.Single(models, m => m!.Text("model") == "gpt-4o");
        Assert.DoesNotContain(models, m => m!.Text("model") == "openai/gpt-4o");
        var byTeam = (await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&groupBy=team"))["rows"]!.AsArray().ToDictionary(r => r!.Text("key"));
        Assert.Equal(billed - attributed, Usd(byTeam[Unattributed], "spendUsd"));
        Assert.Equal(attributed, Usd(byTeam["payments"], "spendUsd") + Usd(byTeam["search"], "spendUsd"));

        var slice = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&team=payments");
        Assert.Equal(Usd(byTeam["payments"], "spendUsd"), Usd(slice, "spendUsd"));
        Assert.True(slice["sourceNote"]!["attributedOnly"]!.GetValue<bool>());
        var pivot = await owner.Client.GetJsonAsync("/v1/dashboard/user-pivot?range=30d");
        Assert.Equal(billed, pivot["rows"]!.AsArray().Sum(r => Usd(r, "spendUsd")));

        var summary = (await owner.Client.GetJsonAsync("/v1/exports/summary.json?range=30d")).AsArray();
        Assert.Equal(billed, summary.Sum(r => Usd(r, "costUsd")));
        Assert.All(summary.Where(r => r!.Text("team") == Unattributed), r => Assert.Equal("billed", r!.Text("source")));
        var attributedRows = summary.Where(r => r!.Text("source") == "attributed").ToList();
        Assert.Equal(("openai", yesterday.Date), (attributedRows.Select(r => r!.Text("provider")).Distinct().Single(), attributedRows.Select(r => r!["day"]!.GetValue<DateTime>()).Distinct().Single()));
        Assert.Equal(attributed, attributedRows.Sum(r => Usd(r, "costUsd")));
        var csv = await (await owner.Client.GetAsync("/v1/exports/summary.csv?range=30d&source=billed")).Content.ReadAsStringAsync();
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("day,provider,model,team,teamName,source,requests,inputTokens,outputTokens,cachedInputTokens,cacheWriteTokens,costUsd,unpricedRequests", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Equal("billed", line.Split(',')[5]));
        Assert.Equal(billed, lines.Skip(1).Sum(line => decimal.Parse(line.Split(',')[11], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Hours_after_the_last_sync_come_from_telemetry_and_telemetry_above_the_bill_is_scaled_to_it()
    {
        var (owner, _, billed, _) = await ConnectedAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var ingest = api.CreateClient().WithApiKey(key);
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var live = await ingest.IngestAsync(IngestApi.Event(model: "gpt-4o", input: 1000, output: 100, extra: new { team = "live", timestamp = now }));
        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d");
        Assert.Equal(billed + live["costUsd"]!.GetValue<decimal>(), Usd(overview, "spendUsd"));

        var day = await owner.Client.GetJsonAsync("/v1/dashboard/spend-over-time?range=7d&source=billed");
        var busiest = day["points"]!.AsArray().Where(p => p!["period"]!.GetValue<DateTime>() < now.Date).MaxBy(p => Usd(p, "spendUsd"))!;
        var busiestDay = busiest["period"]!.GetValue<DateTime>();
        await ingest.IngestAsync(IngestApi.Event(model: "gpt-4o", input: 100_000_000, output: 10_000_000,
            extra: new { team = "heavy", timestamp = busiestDay.AddHours(12) }));
        var blended = await owner.Client.GetJsonAsync("/v1/dashboard/spend-over-time?range=7d");
        Assert.Equal(Usd(busiest, "spendUsd"), Usd(blended["points"]!.AsArray().Single(p => p!["period"]!.GetValue<DateTime>() == busiestDay), "spendUsd"));
        var models = (await owner.Client.GetJsonAsync("/v1/dashboard/cost-per-model?range=30d"))["models"]!.AsArray();
        Assert.Single(models, m => m!.Text("model") == "gpt-4o");
        Assert.DoesNotContain(models, m => m!.Text("model") == "openai/gpt-4o");
        var byTeam = (await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&groupBy=team"))["rows"]!.AsArray();
        Assert.Equal(Usd(await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d"), "spendUsd"), byTeam.Sum(r => Usd(r, "spendUsd")));
        Assert.Contains(byTeam, r => r!.Text("key") == "heavy");
        var byUser = (await owner.Client.GetJsonAsync("/v1/usage/explorer?range=30d&groupBy=user"))["rows"]!.AsArray();
        Assert.Equal(byTeam.Sum(r => Usd(r, "spendUsd")), byUser.Sum(r => Usd(r, "spendUsd")));
    }

    [Fact]
    public async Task Test_and_demo_data_are_telemetry_only_and_all_adds_them_to_the_blended_figures()
    {
        var (owner, _, billed, _) = await ConnectedAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var test = await api.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event(model: "gpt-4o", extra: new { dataMode = "test" }));

        var onlyTest = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&dataMode=test");
        Assert.Equal(test["costUsd"]!.GetValue<decimal>(), Usd(onlyTest, "spendUsd"));
        var all = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=30d&dataMode=all");
        Assert.Equal(billed + test["costUsd"]!.GetValue<decimal>(), Usd(all, "spendUsd"));
    }
}
