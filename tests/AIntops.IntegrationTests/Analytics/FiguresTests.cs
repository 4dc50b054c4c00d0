using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>
/// The Overview's per-request and token figures, the Users page's averages, workflows and the data of the evolution and
/// contribution widgets, for a handful of calls whose figures are worked out by hand.
/// </summary>
public sealed class FiguresTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<(SignedIn Owner, HttpClient Sender, decimal SpendUsd)> SendAsync(params object[] events)
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        var spend = 0m;
        foreach (var e in events) spend += (await sender.IngestAsync(e))["costUsd"]!.GetValue<decimal>();
        return (owner, sender, spend);
    }

    private static object Call(string model, long input, long output, int? latencyMs, string? endpointTag, string? workflow, string? userId = null) =>
        IngestApi.Event(model: model, input: input, output: output, extra: new
        {
            latencyMs, endpointTag, userId, metadata = workflow is null ? null : new { workflow, region = "eu" },
        });

    [Fact]
    public async Task The_overview_gives_the_average_cost_per_request_the_average_latency_total_tokens_and_token_efficiency()
    {
        var (owner, _, spend) = await SendAsync(
            Call("gpt-4o-mini", 1000, 250, 100, "support.reply", null),
            Call("gpt-4o", 3000, 750, 300, "support.reply", null),
            Call("gpt-4o-mini", 600, 400, null, null, null));

        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview?range=7d");

        Assert.Equal(3, overview["requests"]!.GetValue<long>());
        Assert.Equal(spend, overview["spendUsd"]!.GetValue<decimal>());
        Assert.Equal(spend / 3, overview["averageCostPerRequestUsd"]!.GetValue<decimal>());
        Assert.Equal(200, overview["averageLatencyMs"]!.GetValue<double>()); // the call without a latency is left out
        Assert.Equal(6000, overview["totalTokens"]!.GetValue<long>());
        Assert.Equal(1400.0 / 6000, overview["tokenEfficiency"]!.GetValue<double>(), 12);
    }

    [Fact]
    public async Task Without_calls_the_averages_are_null_rather_than_zero()
    {
        var (owner, _, _) = await SendAsync();
        var overview = await owner.Client.GetJsonAsync("/v1/dashboard/overview");
        Assert.Equal(0, overview["totalTokens"]!.GetValue<long>());
        foreach (var figure in new[] { "averageCostPerRequestUsd", "averageLatencyMs", "tokenEfficiency" }) Assert.Null(overview[figure]);
        var users = await owner.Client.GetJsonAsync("/v1/dashboard/top-users");
        Assert.Equal(0, users["activeUsers"]!.GetValue<long>());
        Assert.Null(users["averageCostPerUserUsd"]);
        Assert.Null(users["averageRequestsPerUser"]);
    }

    [Fact]
    public async Task The_users_page_averages_are_over_the_users_with_calls_and_agree_with_the_top_users()
    {
        var (owner, _, _) = await SendAsync(
            Call("gpt-4o", 1000, 100, 50, null, null, "u1"),
            Call("gpt-4o", 2000, 100, 50, null, null, "u1"),
            Call("gpt-4o-mini", 1000, 100, 50, null, null, "u2"),
            Call("gpt-4o-mini", 1000, 100, 50, null, null)); // no user: not an active user

        var users = await owner.Client.GetJsonAsync("/v1/dashboard/top-users");

        var listed = users["byCost"]!.AsArray();
        Assert.Equal(2, users["activeUsers"]!.GetValue<long>());
        Assert.Equal(listed.Sum(u => u!["spendUsd"]!.GetValue<decimal>()) / 2, users["averageCostPerUserUsd"]!.GetValue<decimal>());
        Assert.Equal(1.5, users["averageRequestsPerUser"]!.GetValue<double>());
    }

    [Fact]
    public async Task Workflows_come_from_the_metadata_and_fall_back_to_the_feature_also_for_rows_counted_before()
    {
        var (owner, _, _) = await SendAsync(
            Call("gpt-4o-mini", 1000, 250, 100, "support.reply", "ticket"),
            Call("gpt-4o-mini", 1000, 250, 100, "support.summary", "ticket"),
            Call("gpt-4o", 3000, 750, 300, "support.reply", null),
            Call("gpt-4o", 500, 50, 300, null, null),
            Call("gpt-4o", 700, 70, 300, "legacy.feature", "legacy"));
        Assert.Equal("ticket", (await factory.RawEventsAsync(owner.OrganizationId)).Single(e => e.Labels.EndpointTag == "support.summary").Labels.Workflow);

        // What a call counted before workflows were recorded looks like: no workflow on the raw row or its rollup rows.
        await factory.WithDbAsync(async db =>
        {
            var legacy = await db.Dimensions.Where(d => d.OrganizationId == owner.OrganizationId && d.Kind == DimensionKind.Workflow && d.Value == "legacy")
                .Select(d => d.Id).SingleAsync();
            await db.LlmEvents.Where(e => e.WorkflowRef == legacy).ExecuteUpdateAsync(s => s.SetProperty(e => e.WorkflowRef, (int?)null));
            await db.UsageHourly.Where(r => r.WorkflowRef == legacy).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowRef, 0));
            return await db.UsageDaily.Where(r => r.WorkflowRef == legacy).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowRef, 0));
        }, owner.OrganizationId);

        var explorer = await owner.Client.GetJsonAsync("/v1/usage/explorer?groupBy=workflow&thenBy=model&sort=requests");

        Assert.Equal(["legacy.feature|legacy.feature|gpt-4o 1", "support.reply|support.reply|gpt-4o 1", "ticket|ticket|gpt-4o-mini 2", "|No workflow|gpt-4o 1"],
            explorer["rows"]!.AsArray().Select(r => $"{r!["key"]}|{r["label"]}|{r["subKey"]} {r["requests"]}").Order(StringComparer.Ordinal)
                .OrderBy(s => s.StartsWith('|')));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);

        var other = await factory.SignupOwnerAsync();
        Assert.Empty((await other.Client.GetJsonAsync("/v1/usage/explorer?groupBy=workflow"))["rows"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"workflow":42}""", "metadata.workflow must be a string.")]
    [InlineData("""{"workflow":["a"]}""", "metadata.workflow must be a string.")]
    [InlineData("""{"workflow":"WORKFLOW_TOO_LONG"}""", "metadata.workflow must be at most 128 characters.")]
    public async Task A_bad_workflow_is_refused_naming_the_field_and_nothing_is_stored(string metadata, string message)
    {
        var (owner, sender, _) = await SendAsync();
        var body = IngestApi.Event(extra: new { metadata = JsonNode.Parse(metadata.Replace("WORKFLOW_TOO_LONG", new string('w', 129))) });

        var problem = await (await sender.PostAsJsonAsync("/v1/ingest", body)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(message, problem["errors"]!["metadata.workflow"]![0]!.GetValue<string>());
        Assert.Equal(0, (await factory.TotalsAsync(owner.OrganizationId)).RawRows);
    }

    [Fact]
    public async Task The_evolution_and_contribution_widgets_are_saved_and_their_data_is_read()
    {
        var (owner, _, spend) = await SendAsync(
            Call("gpt-4o-mini", 1000, 250, 100, "support.reply", null),
            Call("gpt-4o", 3000, 750, 300, "support.reply", null),
            Call("gpt-4o", 500, 50, null, null, null));
        var created = await owner.Client.PostAsJsonAsync("/v1/dashboards", new
        {
            name = "Unit costs",
            widgets = new object[]
            {
                new { type = "cost_evolution", x = 0, y = 0, width = 6, height = 4, config = new { interval = "day" } },
                new { type = "cost_contribution", x = 6, y = 0, width = 6, height = 4 },
            },
        });
        await created.ExpectAsync(HttpStatusCode.Created);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        Assert.Equal(["cost_evolution", "cost_contribution"],
            (await owner.Client.GetJsonAsync($"/v1/dashboards/{id}"))["widgets"]!.AsArray().Select(w => w!["type"]!.GetValue<string>()));

        // Evolution: one point per day with the spend and calls to divide, and the average latency of the calls that report one.
        var today = (await owner.Client.GetJsonAsync("/v1/dashboard/spend-over-time?range=7d&interval=day"))["points"]!.AsArray().Single()!;
        Assert.Equal($"{spend} 3 200", $"{today["spendUsd"]!.GetValue<decimal>()} {today["requests"]} {today["averageLatencyMs"]}");

        // Contribution: feature then model, calls without a feature in the empty-key bucket, shares adding up to one.
        var contribution = (await owner.Client.GetJsonAsync("/v1/usage/explorer?groupBy=endpointTag&thenBy=model"))["rows"]!.AsArray();
        Assert.Equal(["support.reply gpt-4o 1", "support.reply gpt-4o-mini 1", " gpt-4o 1"],
            contribution.Select(r => $"{r!["key"]} {r["subKey"]} {r["requests"]}").OrderBy(s => s.StartsWith(' ')).ThenBy(s => s, StringComparer.Ordinal));
        Assert.Equal(1, contribution.Sum(r => r!["share"]!.GetValue<double>()), 9);
    }
}
