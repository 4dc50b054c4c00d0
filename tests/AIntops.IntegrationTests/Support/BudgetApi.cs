using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Budgets.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>Budgets as the tests use them.</summary>
public static class BudgetApi
{
    public static object Budget(string name = "Monthly", string period = "monthly", decimal amountUsd = 100, object? warning = null, object? critical = null,
        object? scope = null, bool hardStop = false, string? source = null) =>
        new { name, period, amountUsd, warning, critical, scope, hardStop, source };

    public static async Task<JsonObject> CreateBudgetAsync(this HttpClient client, object budget)
    {
        var response = await client.PostAsJsonAsync("/v1/budgets", budget);
        await response.ExpectAsync(HttpStatusCode.Created);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>POST /v1/budgets/evaluate, keyed by budget name.</summary>
    public static async Task<Dictionary<string, JsonObject>> EvaluateBudgetsAsync(this HttpClient client)
    {
        var response = await client.PostAsync("/v1/budgets/evaluate", null);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().ToDictionary(b => b!.Text("name"), b => b!.AsObject());
    }

    /// <summary>One run of the budget monitoring job's work, on the test clock.</summary>
    public static async Task<int> MonitorBudgetsAsync(this ApiFactory api) =>
        (await api.Services.GetRequiredService<BudgetMonitor>().EvaluateAllAsync(CancellationToken.None)).Done;

    /// <summary>An ingested call costing exactly <paramref name="usd"/> once <see cref="UseUnitPricesAsync"/> set $1 per 1M tokens.</summary>
    public static object Spend(decimal usd, DateTime at, string provider = "openai", string? team = null, string dataMode = "real") =>
        IngestApi.Event(model: provider == "openai" ? "gpt-4o" : "claude-3-5-sonnet-20241022", input: (long)(usd * 1_000_000), output: 0,
            extra: new { provider, team, dataMode, timestamp = at.ToString("O") });

    /// <summary>A new owner whose calls cost $1 per 1M tokens, and an ingest client with its API key.</summary>
    public static async Task<(SignedIn Owner, HttpClient Ingest)> OwnerWithUnitPricesAsync(this ApiFactory api)
    {
        var owner = await api.SignupOwnerAsync();
        await owner.Client.UseUnitPricesAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return (owner, api.CreateClient().WithApiKey(key));
    }

    public static async Task UseUnitPricesAsync(this HttpClient owner)
    {
        var since = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await owner.SetPriceOverrideAsync("openai", "gpt-4o", 1, 1, since);
        await owner.SetPriceOverrideAsync("anthropic", "claude-3-5-sonnet-20241022", 1, 1, since);
    }

    /// <summary>Moves the clock to 12:00 UTC on the 15th of the month after next (tokens issued before stay valid).</summary>
    public static DateTime TravelToMidMonth(this TestClock clock, int monthsAhead = 1)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var target = new DateTime(now.Year, now.Month, 15, 12, 0, 0, DateTimeKind.Utc).AddMonths(monthsAhead);
        clock.Advance(target - now);
        return target;
    }
}
