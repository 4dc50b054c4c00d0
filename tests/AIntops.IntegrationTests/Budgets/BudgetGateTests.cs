using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Budgets;

/// <summary>What applications see: ingest's budgetWarning/budgetExceeded and GET /v1/budgets/status with their API key.</summary>
public sealed class BudgetGateTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Ingest_answers_say_warning_and_a_critical_hard_stop_exceeds_for_the_calls_it_covers()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var before = await ingest.IngestAsync(BudgetApi.Spend(6, now));
        Assert.False(before["budgetWarning"]!.GetValue<bool>());

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("All", amountUsd: 10, warning: new { percent = 50 }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Anthropic", amountUsd: 2, scope: new { kind = "provider", value = "anthropic" }, hardStop: true));
        await ingest.IngestAsync(BudgetApi.Spend(3, now, provider: "anthropic"));
        await owner.Client.EvaluateBudgetsAsync();

        var openai = await ingest.IngestAsync(BudgetApi.Spend(0.01m, now));
        var anthropic = await ingest.IngestAsync(BudgetApi.Spend(0.01m, now, provider: "anthropic"));

        Assert.Equal((true, true, false), (openai["ok"]!.GetValue<bool>(), openai["budgetWarning"]!.GetValue<bool>(), openai["budgetExceeded"]!.GetValue<bool>()));
        Assert.Equal((true, true, true), (anthropic["ok"]!.GetValue<bool>(), anthropic["budgetWarning"]!.GetValue<bool>(),
            anthropic["budgetExceeded"]!.GetValue<bool>()));
        Assert.Equal(4, (await api.TotalsAsync(owner.OrganizationId)).Requests);
    }

    [Fact]
    public async Task Deleting_a_critical_hard_stop_budget_lifts_the_stop_at_once()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        await ingest.IngestAsync(BudgetApi.Spend(3, now));
        var id = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Stop", amountUsd: 2, hardStop: true)))["id"]!.GetValue<Guid>();
        Assert.True((await ingest.IngestAsync(BudgetApi.Spend(0.01m, now)))["budgetExceeded"]!.GetValue<bool>());

        await (await owner.Client.DeleteAsync($"/v1/budgets/{id}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.False((await ingest.IngestAsync(BudgetApi.Spend(0.01m, now)))["budgetExceeded"]!.GetValue<bool>());
        Assert.True((await ingest.GetJsonAsync("/v1/budgets/status"))["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Status_is_not_allowed_while_an_applicable_hard_stop_budget_is_critical()
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var (_, searchKey) = await owner.Client.CreateApiKeyAsync("search", team: "search");
        await api.CreateClient().WithApiKey(key).IngestAsync(BudgetApi.Spend(5, api.Clock.GetUtcNow().UtcDateTime, team: "search"));
        var soft = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Soft", amountUsd: 1)))["id"]!.GetValue<Guid>();
        var team = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Search", amountUsd: 4, scope: new { kind = "team", value = "search" })))["id"]!
            .GetValue<Guid>();

        var status = await api.CreateClient().WithApiKey(key).GetJsonAsync("/v1/budgets/status");
        Assert.True(status["allowed"]!.GetValue<bool>());
        var item = status["budgets"]!.AsArray().Single()!;
        Assert.Equal((soft, "critical", 5m, 1m, false, 500m), (item["id"]!.GetValue<Guid>(), item.Text("state"), item["spendUsd"]!.GetValue<decimal>(),
            item["amountUsd"]!.GetValue<decimal>(), item["hardStop"]!.GetValue<bool>(), item["percentUsed"]!.GetValue<decimal>()));

        await (await owner.Client.PutAsJsonAsync($"/v1/budgets/{team}", BudgetApi.Budget("Search", amountUsd: 4, scope: new { kind = "team", value = "search" },
            hardStop: true))).ExpectAsync(HttpStatusCode.OK);

        Assert.True((await api.CreateClient().WithApiKey(key).GetJsonAsync("/v1/budgets/status"))["allowed"]!.GetValue<bool>());
        var search = await api.CreateClient().WithApiKey(searchKey).GetJsonAsync("/v1/budgets/status");
        Assert.False(search["allowed"]!.GetValue<bool>());
        Assert.Equal(new[] { soft, team }.Order(), search["budgets"]!.AsArray().Select(b => b!["id"]!.GetValue<Guid>()).Order());
        Assert.False((await api.CreateClient().WithApiKey(key).GetJsonAsync("/v1/budgets/status?team=search"))["allowed"]!.GetValue<bool>());
        await (await api.CreateClient().WithApiKey("aik_not-a-key").GetAsync("/v1/budgets/status")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }
}
