using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Teams;

/// <summary>
/// A team's telemetry keys read as one team: the explorer and pivot merge its keys under its name, a team filter covers every key
/// (analytics and the request log), team budgets count all its keys, and keys bound to a team give events without one its primary key.
/// </summary>
public sealed class TeamAnalyticsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_teams_keys_merge_under_its_name_while_other_keys_and_no_team_stay_as_they_are()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        var team = await owner.Client.CreateTeamAsync("Payments", "payments", "team-payments");
        var at = api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        await ingest.IngestBatchAsync([
            BudgetApi.Spend(1, at, team: "payments"), BudgetApi.Spend(2, at, team: "team-payments"), BudgetApi.Spend(2, at, team: "team-payments"),
            BudgetApi.Spend(4, at, team: "search"), BudgetApi.Spend(8, at),
        ]);

        Assert.Equal([("", "No team", 1), ("payments", "Payments", 3), ("search", "search", 1)], await owner.Client.ExploreAsync("groupBy=team"));
        foreach (var key in new[] { "payments", "team-payments", "Payments" })
        {
            Assert.Equal([("gpt-4o", "gpt-4o", 3)], await owner.Client.ExploreAsync($"groupBy=model&team={key}"));
            Assert.Equal(3, (await owner.Client.GetJsonAsync($"/v1/requests?team={key}"))["items"]!.AsArray().Count);
        }
        Assert.Equal(5m, (await owner.Client.GetJsonAsync("/v1/dashboard/overview?team=payments"))["spendUsd"]!.GetValue<decimal>());
        var logged = (await owner.Client.GetJsonAsync("/v1/requests"))["items"]!.AsArray()
            .Select(r => (r!["team"]?.GetValue<string>(), r!["teamName"]?.GetValue<string>())).Distinct().Order().ToList();
        Assert.Equal([(null, null), ("payments", "Payments"), ("search", null), ("team-payments", "Payments")], logged);
        var detail = await owner.Client.GetJsonAsync($"/v1/requests/{(await owner.Client.GetJsonAsync("/v1/requests?team=team-payments"))["items"]![0]!.Text("id")}");
        Assert.Equal("Payments", detail["request"]!.Text("teamName"));
        var exported = (await owner.Client.GetStringAsync("/v1/exports/usage.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var teamName = exported[0].Split(',').ToList().IndexOf("teamName");
        Assert.Equal(["", "", "Payments", "Payments", "Payments"], exported.Skip(1).Select(l => l.Split(',')[teamName]).Order());
        var summary = (await owner.Client.GetJsonAsync("/v1/exports/summary.json?source=telemetry")).AsArray()
            .Select(r => (r!.Text("team"), r!["teamName"]?.GetValue<string>(), r!["requests"]!.GetValue<long>())).OrderBy(r => r.Item1).ToList();
        Assert.Equal([("", null, 1), ("payments", "Payments", 3), ("search", null, 1)], summary);
        var pivot = await owner.Client.GetJsonAsync("/v1/dashboard/user-pivot?by=team");
        Assert.Equal(["No team", "Payments", "search"], pivot["columnLabels"]!.AsArray().Select(c => c!.GetValue<string>()));

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Payments", amountUsd: 100, scope: new { kind = "team", value = "team-payments" }));
        var budget = (await owner.Client.EvaluateBudgetsAsync())["Payments"];
        Assert.Equal(5m, budget["spendUsd"]!.GetValue<decimal>());
        Assert.Equal("Payments", (await owner.Client.GetJsonAsync("/v1/budgets")).AsArray().Single()!.Text("teamName"));

        await (await owner.Client.DeleteAsync($"/v1/teams/{team.Id()}")).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal([("", "No team", 1), ("payments", "payments", 1), ("search", "search", 1), ("team-payments", "team-payments", 2)],
            await owner.Client.ExploreAsync("groupBy=team"));
        Assert.Equal(2, (await owner.Client.GetJsonAsync("/v1/requests?team=team-payments"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Events_without_a_team_sent_with_a_bound_key_take_the_teams_primary_key_as_it_changes()
    {
        var (owner, _) = await api.OwnerWithUnitPricesAsync();
        var team = await owner.Client.CreateTeamAsync("Payments", "payments", "team-payments");
        var (keyId, key) = await owner.Client.CreateApiKeyBoundAsync("payments-service", team.Id());
        var (_, legacy) = await owner.Client.CreateApiKeyAsync("legacy", team: "search");
        var bound = api.CreateClient().WithApiKey(key);
        var at = api.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Payments", amountUsd: 1, scope: new { kind = "team", value = "payments" }, hardStop: true));

        await bound.IngestAsync(BudgetApi.Spend(2, at));
        await bound.IngestAsync(BudgetApi.Spend(1, at, team: "search"));
        await api.CreateClient().WithApiKey(legacy).IngestAsync(BudgetApi.Spend(1, at));
        Assert.Equal([("payments", "Payments", 1), ("search", "search", 2)], await owner.Client.ExploreAsync("groupBy=team"));
        Assert.Equal("Payments", (await owner.Client.GetJsonAsync("/v1/api-keys")).AsArray().Single(k => k!.Id() == keyId)!.Text("teamName"));

        await owner.Client.EvaluateBudgetsAsync();
        var status = await bound.GetJsonAsync("/v1/budgets/status");
        Assert.False(status["allowed"]!.GetValue<bool>());
        Assert.True((await bound.IngestAsync(BudgetApi.Spend(0.5m, at, team: "team-payments")))["budgetExceeded"]!.GetValue<bool>());

        // The primary key changes: the bound key's next event takes the new one at once.
        await (await owner.Client.PutAsJsonAsync($"/v1/teams/{team.Id()}", new { name = "Payments", keys = new[] { "pay" } })).ExpectAsync(HttpStatusCode.OK);
        await bound.IngestAsync(BudgetApi.Spend(1, at));
        Assert.Equal([("pay", "Payments", 1), ("payments", "payments", 1), ("search", "search", 2), ("team-payments", "team-payments", 1)],
            await owner.Client.ExploreAsync("groupBy=team"));

        // Unbound, the key's events without a team have none.
        await (await owner.Client.PutAsJsonAsync($"/v1/api-keys/{keyId}", new { name = "payments-service", teamId = (Guid?)null })).ExpectAsync(HttpStatusCode.NoContent);
        await bound.IngestAsync(BudgetApi.Spend(1, at));
        Assert.Contains(("", "No team", 1), await owner.Client.ExploreAsync("groupBy=team"));
    }
}
