using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Budgets;

/// <summary>Budgets reading the synced provider reports: billed, auto once a connection has synced, and both (the larger).</summary>
public sealed class BudgetBilledSourceTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    [Fact]
    public async Task Billed_auto_and_both_read_the_provider_cost_reports_of_the_period()
    {
        var owner = await api.SignupOwnerAsync();
        var connection = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        await owner.Client.WaitForSyncAsync(connection);
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var live = (await api.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event()))["costUsd"]!.GetValue<decimal>();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var monthStartMs = new DateTimeOffset(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        var billed = (await api.StoredUsageAsync(owner.OrganizationId, connection))
            .Where(u => u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= monthStartMs).Sum(u => u.CostNanoUsd) / 1e9m;
        Assert.True(billed > 0);

        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Billed", amountUsd: 1_000_000, source: "billed"));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Auto", amountUsd: 1_000_000, scope: new { kind = "provider", value = "openai" }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Anthropic auto", amountUsd: 1_000_000, scope: new { kind = "provider", value = "anthropic" }));
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Both", amountUsd: 1_000_000, source: "both"));
        var budgets = await owner.Client.EvaluateBudgetsAsync();

        Assert.Equal((billed, "billed"), (budgets["Billed"]["spendUsd"]!.GetValue<decimal>(), budgets["Billed"].Text("evaluatedSource")));
        Assert.Equal((billed + live, "blended"), (budgets["Auto"]["spendUsd"]!.GetValue<decimal>(), budgets["Auto"].Text("evaluatedSource")));
        Assert.Equal((0m, "blended"), (budgets["Anthropic auto"]["spendUsd"]!.GetValue<decimal>(), budgets["Anthropic auto"].Text("evaluatedSource")));
        Assert.Equal((billed, "billed"), (budgets["Both"]["spendUsd"]!.GetValue<decimal>(), budgets["Both"].Text("evaluatedSource")));
    }
}
