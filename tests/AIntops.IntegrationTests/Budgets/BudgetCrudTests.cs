using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Budgets;

/// <summary>Budgets CRUD: defaults, each invalid field named in a 400, members read and cannot write.</summary>
public sealed class BudgetCrudTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_budget_is_created_read_replaced_and_deleted()
    {
        var owner = await api.SignupOwnerAsync();

        var created = await owner.Client.CreateBudgetAsync(BudgetApi.Budget(amountUsd: 500));
        var id = created["id"]!.GetValue<Guid>();

        Assert.Equal(("monthly", 500m, 80m, 100m, "all", "blended", "blended", "ok"), (created.Text("period"), created["amountUsd"]!.GetValue<decimal>(),
            created["warning"]!["percent"]!.GetValue<decimal>(), created["critical"]!["percent"]!.GetValue<decimal>(), created["scope"]!.Text("kind"),
            created.Text("source"), created.Text("evaluatedSource"), created.Text("state")));
        Assert.Equal((400m, 500m, 0m, 0m), (created["warningThresholdUsd"]!.GetValue<decimal>(), created["criticalThresholdUsd"]!.GetValue<decimal>(),
            created["spendUsd"]!.GetValue<decimal>(), created["percentUsed"]!.GetValue<decimal>()));
        foreach (var field in new[] { "periodStart", "periodEnd", "evaluatedAt", "forecastUsd" }) Assert.NotNull(created[field]);
        Assert.Null(created["projectedBreachAt"]);
        Assert.Equal(id, (await owner.Client.GetJsonAsync($"/v1/budgets/{id}"))["id"]!.GetValue<Guid>());
        Assert.Equal([id], (await owner.Client.GetJsonAsync("/v1/budgets")).AsArray().Select(b => b!["id"]!.GetValue<Guid>()));

        var replaced = await owner.Client.PutAsJsonAsync($"/v1/budgets/{id}", BudgetApi.Budget("Search team", "rolling_30d", 50,
            new { amountUsd = 30 }, new { percent = 90 }, new { kind = "team", value = "search" }, hardStop: true, source: "ingest"));
        await replaced.ExpectAsync(HttpStatusCode.OK);
        var budget = await owner.Client.GetJsonAsync($"/v1/budgets/{id}");
        Assert.Equal(("Search team", "rolling_30d", 30m, 45m, "team", "search", true, "telemetry"), (budget.Text("name"), budget.Text("period"),
            budget["warningThresholdUsd"]!.GetValue<decimal>(), budget["criticalThresholdUsd"]!.GetValue<decimal>(), budget["scope"]!.Text("kind"),
            budget["scope"]!.Text("value"), budget["hardStop"]!.GetValue<bool>(), budget.Text("source")));

        await (await owner.Client.DeleteAsync($"/v1/budgets/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await owner.Client.GetAsync($"/v1/budgets/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var activity = (await owner.Client.GetJsonAsync("/v1/activity"))["items"]!.AsArray().Select(e => e!.Text("type")).ToList();
        Assert.Subset(activity.ToHashSet(), new HashSet<string> { "budget_created", "budget_updated", "budget_deleted" });
    }

    public static TheoryData<string, string> InvalidBudgets => new()
    {
        { """{"name":"","period":"monthly","amountUsd":10}""", "name" },
        { """{"name":"B","period":"weekly","amountUsd":10}""", "period" },
        { """{"name":"B","period":"monthly","amountUsd":0}""", "amountUsd" },
        { """{"name":"B","period":"monthly","amountUsd":2000000000}""", "amountUsd" },
        { """{"name":"B","period":"monthly","amountUsd":10,"warning":{"percent":80,"amountUsd":5}}""", "warning" },
        { """{"name":"B","period":"monthly","amountUsd":10,"warning":{}}""", "warning" },
        { """{"name":"B","period":"monthly","amountUsd":10,"warning":{"percent":0}}""", "warning.percent" },
        { """{"name":"B","period":"monthly","amountUsd":10,"critical":{"percent":250}}""", "critical.percent" },
        { """{"name":"B","period":"monthly","amountUsd":10,"critical":{"amountUsd":25}}""", "critical.amountUsd" },
        { """{"name":"B","period":"monthly","amountUsd":10,"warning":{"percent":90},"critical":{"amountUsd":9}}""", "warning" },
        { """{"name":"B","period":"monthly","amountUsd":10,"scope":{"kind":"region","value":"eu"}}""", "scope.kind" },
        { """{"name":"B","period":"monthly","amountUsd":10,"scope":{"kind":"provider"}}""", "scope.value" },
        { """{"name":"B","period":"monthly","amountUsd":10,"scope":{"kind":"all","value":"openai"}}""", "scope.value" },
        { """{"name":"B","period":"monthly","amountUsd":10,"scope":{"kind":"team","value":"search"},"source":"billed"}""", "source" },
        { """{"name":"B","period":"monthly","amountUsd":10,"scope":{"kind":"team","value":"search"},"source":"both"}""", "source" },
        { """{"name":"B","period":"monthly","amountUsd":10,"source":"invoices"}""", "source" },
        { """{"name":"B","period":"monthly","amountUsd":10,"owner":"me"}""", "owner" },
    };

    [Theory]
    [MemberData(nameof(InvalidBudgets))]
    public async Task Each_invalid_field_is_a_400_naming_it(string body, string field)
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget()))["id"]!.GetValue<Guid>();

        foreach (var response in new[]
                 {
                     await owner.Client.PostAsync("/v1/budgets", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
                     await owner.Client.PutAsync($"/v1/budgets/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
                 })
        {
            var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }
    }

    [Fact]
    public async Task Creating_a_budget_ticks_the_set_budget_onboarding_step_and_a_dry_run_does_not()
    {
        var owner = await api.SignupOwnerAsync();

        await (await owner.Client.PostAsJsonAsync("/v1/budgets?dryRun=true", BudgetApi.Budget())).ExpectAsync(HttpStatusCode.OK);
        Assert.False(SetBudgetStep(await owner.Client.GetJsonAsync("/v1/onboarding"))["completed"]!.GetValue<bool>());

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget());
        var step = SetBudgetStep(await owner.Client.GetJsonAsync("/v1/onboarding"));
        Assert.True(step["completed"]!.GetValue<bool>());
        Assert.NotNull(step["completedAt"]);
    }

    private static JsonNode SetBudgetStep(JsonNode onboarding) =>
        onboarding["items"]!.AsArray().Single(i => i!.Text("key") == "set_budget")!;

    [Fact]
    public async Task Members_read_budgets_and_only_owners_and_admins_change_them()
    {
        var owner = await api.SignupOwnerAsync();
        var admin = await api.AddMemberAsync(owner, "admin");
        var member = await api.AddMemberAsync(owner, "member");
        var id = (await admin.Client.CreateBudgetAsync(BudgetApi.Budget()))["id"]!.GetValue<Guid>();

        await (await member.Client.GetAsync("/v1/budgets")).ExpectAsync(HttpStatusCode.OK);
        await (await member.Client.GetAsync($"/v1/budgets/{id}")).ExpectAsync(HttpStatusCode.OK);
        await (await member.Client.PostAsJsonAsync("/v1/budgets", BudgetApi.Budget())).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsJsonAsync("/v1/budgets?dryRun=true", BudgetApi.Budget())).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PutAsJsonAsync($"/v1/budgets/{id}", BudgetApi.Budget())).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.DeleteAsync($"/v1/budgets/{id}")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync("/v1/budgets/evaluate", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await api.CreateClient().GetAsync("/v1/budgets")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.CreateClient().GetAsync("/v1/budgets/status")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.Client.DeleteAsync($"/v1/budgets/{id}")).ExpectAsync(HttpStatusCode.NoContent);
    }
}
