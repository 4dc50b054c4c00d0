using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using AIntops.Api.Jobs;
using AIntops.Domain.Notifications;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AIntops.IntegrationTests.Budgets;

/// <summary>
/// Evaluation against hand-computed spend: events placed on the test clock at $1 per 1M tokens, "now" at 12:00 UTC on
/// the 15th. Burn rate = spend of the 9th..15th / 6.5 days.
/// </summary>
public sealed class BudgetEvaluationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static DateTime Day(DateTime now, int day, int hour = 6) => new DateTime(now.Year, now.Month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Spend_state_forecast_and_breach_follow_the_period_scope_and_burn_rate()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        using var travel = api.Clock.TimeTravel();
        var now = api.Clock.TravelToMidMonth();
        await ingest.IngestBatchAsync([
            BudgetApi.Spend(100, Day(now, 20).AddMonths(-1)),
            BudgetApi.Spend(10, Day(now, 10), team: "search"),
            BudgetApi.Spend(3, Day(now, 12), provider: "anthropic", team: "search"),
            BudgetApi.Spend(4, Day(now, 14)),
            BudgetApi.Spend(6, Day(now, 15), team: "search"),
            BudgetApi.Spend(50, Day(now, 15, 7), dataMode: "test"),
        ]);

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("All monthly", amountUsd: 46, warning: new { percent = 50 }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Rolling", "rolling_30d", 150, new { percent = 50 }, new { amountUsd = 124 }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Rolling far", "rolling_30d", 300, new { percent = 10 }, new { amountUsd = 200 }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Anthropic", amountUsd: 2, scope: new { kind = "provider", value = "anthropic" }, hardStop: true));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("OpenAI", amountUsd: 100, scope: new { kind = "provider", value = "openai" }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Search", amountUsd: 100, scope: new { kind = "team", value = "search" }));
        var budgets = await owner.Client.EvaluateBudgetsAsync();

        var ratePerDay = 23m / 6.5m;
        var monthEnd = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var monthly = budgets["All monthly"];
        Assert.Equal((23m, "warning", 50m), (Usd(monthly, "spendUsd"), monthly.Text("state"), Usd(monthly, "percentUsed")));
        Assert.Equal(23m + ratePerDay * (decimal)(monthEnd - now).TotalDays, Usd(monthly, "forecastUsd"), 6);
        Assert.Equal(Day(now, 22, 0), monthly["projectedBreachAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
        Assert.Equal((Day(now, 1, 0), monthEnd), (monthly["periodStart"]!.GetValue<DateTime>(), monthly["periodEnd"]!.GetValue<DateTime>()));

        var rolling = budgets["Rolling"];
        Assert.Equal((123m, "warning"), (Usd(rolling, "spendUsd"), rolling.Text("state")));
        Assert.Equal(ratePerDay * 30, Usd(rolling, "forecastUsd"), 6);
        Assert.Equal(now + TimeSpan.FromDays(6.5 / 23), rolling["projectedBreachAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
        Assert.Equal((Day(now, 16, 0).AddDays(-30), Day(now, 16, 0)), (rolling["periodStart"]!.GetValue<DateTime>(), rolling["periodEnd"]!.GetValue<DateTime>()));
        // The $100 of last month leaves the window long before 30 × rate ($106) could reach $200.
        Assert.Null(budgets["Rolling far"]["projectedBreachAt"]);

        Assert.Equal((3m, "critical"), (Usd(budgets["Anthropic"], "spendUsd"), budgets["Anthropic"].Text("state")));
        Assert.Null(budgets["Anthropic"]["projectedBreachAt"]);
        Assert.Equal((20m, "ok"), (Usd(budgets["OpenAI"], "spendUsd"), budgets["OpenAI"].Text("state")));
        Assert.Equal((19m, "ok", "blended"), (Usd(budgets["Search"], "spendUsd"), budgets["Search"].Text("state"), budgets["Search"].Text("evaluatedSource")));
    }

    [Fact]
    public async Task A_dry_run_previews_spend_state_and_forecast_and_saves_nothing()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        using var travel = api.Clock.TimeTravel();
        var now = api.Clock.TravelToMidMonth();
        await ingest.IngestBatchAsync([BudgetApi.Spend(4, Day(now, 14)), BudgetApi.Spend(6, Day(now, 15), team: "search")]);

        var response = await owner.Client.PostAsJsonAsync("/v1/budgets?dryRun=true", BudgetApi.Budget("Preview", amountUsd: 8, hardStop: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((10m, "critical", 125m), (Usd(preview, "spendUsd"), preview.Text("state"), Usd(preview, "percentUsed")));
        Assert.NotNull(preview["forecastUsd"]);
        Assert.NotNull(preview["evaluatedAt"]);

        Assert.Empty((await owner.Client.GetJsonAsync("/v1/budgets")).AsArray());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/alerts"))["items"]!.AsArray());
        Assert.False((await ingest.IngestAsync(IngestApi.Event()))["budgetExceeded"]!.GetValue<bool>());
        var invalid = await owner.Client.PostAsJsonAsync("/v1/budgets?dryRun=true", BudgetApi.Budget("Preview", amountUsd: -1));
        await invalid.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Alerts_are_raised_once_per_period_and_level_and_again_in_the_next_period()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        using var travel = api.Clock.TimeTravel();
        var now = api.Clock.TravelToMidMonth();
        await ingest.IngestBatchAsync([BudgetApi.Spend(6, Day(now, 14))]);
        var monthly = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Monthly", amountUsd: 10, warning: new { percent = 50 })))["id"]!.GetValue<Guid>();
        var rolling = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Rolling", "rolling_30d", 10, new { percent = 50 })))["id"]!.GetValue<Guid>();

        await owner.Client.EvaluateBudgetsAsync();
        await api.MonitorBudgetsAsync();
        Assert.Equal(["budget_warning"], await AlertsAsync(owner, monthly));
        Assert.Equal(["budget_warning"], await AlertsAsync(owner, rolling));

        await ingest.IngestBatchAsync([BudgetApi.Spend(5, Day(now, 15, 9))]);
        await owner.Client.EvaluateBudgetsAsync();
        await owner.Client.EvaluateBudgetsAsync();
        Assert.Equal(["budget_critical", "budget_warning"], await AlertsAsync(owner, monthly));
        var critical = (await owner.Client.GetJsonAsync($"/v1/alerts?type=budget_critical"))["items"]!.AsArray()
            .Single(a => a!["budgetId"]!.GetValue<Guid>() == monthly)!;
        Assert.Equal("critical", critical.Text("severity"));
        Assert.Contains("Monthly", critical.Text("title"));

        // 45 days on: a new month, and the old spend has left the rolling window, so both are ok and re-armed.
        api.Clock.Advance(TimeSpan.FromDays(45));
        var next = api.Clock.GetUtcNow().UtcDateTime;
        var states = await owner.Client.EvaluateBudgetsAsync();
        Assert.Equal(("ok", "ok"), (states["Monthly"].Text("state"), states["Rolling"].Text("state")));
        await ingest.IngestBatchAsync([BudgetApi.Spend(6, next.AddHours(-1))]);
        await owner.Client.EvaluateBudgetsAsync();
        await api.MonitorBudgetsAsync();
        Assert.Equal(["budget_critical", "budget_warning", "budget_warning"], await AlertsAsync(owner, monthly));
        Assert.Equal(["budget_critical", "budget_warning", "budget_warning"], await AlertsAsync(owner, rolling));
    }

    [Fact]
    public async Task The_monitoring_job_is_scheduled_and_evaluates_every_organization()
    {
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(BudgetMonitoringJob.Key));
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(BudgetMonitoringJob.Key));
        Assert.Equal(TimeSpan.FromMinutes(30), Assert.IsAssignableFrom<ISimpleTrigger>(trigger).RepeatInterval);

        using var travel = api.Clock.TimeTravel(); // later tests sign in with tokens that are not from the future
        var first = await api.SignupOwnerAsync();
        var second = await api.SignupOwnerAsync();
        var (_, key) = await second.Client.CreateApiKeyAsync();
        var a = (await first.Client.CreateBudgetAsync(BudgetApi.Budget()))["id"]!.GetValue<Guid>();
        var b = (await second.Client.CreateBudgetAsync(BudgetApi.Budget(amountUsd: 0.000001m, warning: new { amountUsd = 0.0000001m })))["id"]!.GetValue<Guid>();
        Assert.Equal("ok", (await second.Client.GetJsonAsync($"/v1/budgets/{b}")).Text("state"));
        await api.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event());
        api.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await api.MonitorBudgetsAsync() >= 2);

        var evaluated = await second.Client.GetJsonAsync($"/v1/budgets/{b}");
        Assert.Equal("critical", evaluated.Text("state"));
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, evaluated["evaluatedAt"]!.GetValue<DateTime>(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, (await first.Client.GetJsonAsync($"/v1/budgets/{a}"))["evaluatedAt"]!.GetValue<DateTime>(),
            TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await api.WithDbAsync(db => db.Alerts.CountAsync(x => x.BudgetId == b && x.Type == AlertTypes.BudgetCritical), second.OrganizationId));
    }

    private static decimal Usd(JsonObject budget, string field) => budget[field]!.GetValue<decimal>();

    private static async Task<List<string>> AlertsAsync(SignedIn owner, Guid budgetId) =>
        (await owner.Client.GetJsonAsync("/v1/alerts?limit=200"))["items"]!.AsArray().Where(a => a!["budgetId"]?.GetValue<Guid>() == budgetId)
        .Select(a => a!.Text("type")).Order().ToList();
}
