using Microsoft.EntityFrameworkCore;
using AIntops.Domain.Notifications;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Budgets;

/// <summary>
/// The budget watch: a threshold crossed by new spend raises its alert and turns on the hard stop within the watch interval, and later
/// cycles do not raise it again. Runs on SQLite and, with AINTOPS_TEST_DB=Postgres, on PostgreSQL.
/// </summary>
public sealed class BudgetWatchTests(BudgetWatchTests.WatchingApi api) : IClassFixture<BudgetWatchTests.WatchingApi>
{
    public sealed class WatchingApi : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:BudgetMonitoring:WatchInterval"] = "00:00:01" };
    }

    [Fact]
    public async Task Spend_past_a_hard_stop_is_alerted_once_and_stops_ingest_without_waiting_for_the_monitoring_job()
    {
        var (owner, ingest) = await api.OwnerWithUnitPricesAsync();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        var budget = (await owner.Client.CreateBudgetAsync(BudgetApi.Budget("Stop", amountUsd: 10, hardStop: true)))["id"]!.GetValue<Guid>();
        Assert.False((await ingest.IngestAsync(BudgetApi.Spend(4, now)))["budgetExceeded"]!.GetValue<bool>());

        await ingest.IngestAsync(BudgetApi.Spend(7, now));

        await ProviderApi.EventuallyAsync(async () => (await ingest.IngestAsync(BudgetApi.Spend(0.01m, now)))["budgetExceeded"]!.GetValue<bool>(),
            () => "Ingest never answered budgetExceeded after the spend passed the hard stop.");
        // Several more watch cycles, each seeing new spend past the threshold: the alert stays the one raised first.
        for (var cycle = 1; cycle <= 3; cycle++)
        {
            await ingest.IngestAsync(BudgetApi.Spend(1, now));
            var spent = 11 + cycle;
            await ProviderApi.EventuallyAsync(async () => (await owner.Client.GetJsonAsync($"/v1/budgets/{budget}"))["spendUsd"]!.GetValue<decimal>() >= spent,
                () => $"The budget was not evaluated again after more spend (watch cycle {cycle}).");
        }
        Assert.Single((await owner.Client.GetJsonAsync("/v1/alerts?limit=200"))["items"]!.AsArray(), a => a!["type"]!.GetValue<string>() == AlertTypes.BudgetCritical);
        Assert.Equal(1, await api.WithDbAsync(db => db.Alerts.CountAsync(a => a.BudgetId == budget && a.Type == AlertTypes.BudgetCritical), owner.OrganizationId));
        Assert.Equal(1, await api.WithDbAsync(db => db.Alerts.CountAsync(a => a.BudgetId == budget), owner.OrganizationId));
    }
}
