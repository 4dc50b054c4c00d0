using System.Text.Json.Nodes;
using AIntops.Api.Jobs;
using AIntops.Domain.Notifications;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AIntops.IntegrationTests.Operations;

/// <summary>One organization's broken integration or unreadable data never stops a job for the others, and its failure stays its own.</summary>
public sealed class JobIsolationTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    [Fact]
    public async Task A_provider_answering_200_with_an_empty_object_fails_only_its_connection_and_the_next_organization_is_synced()
    {
        var first = await api.SignupOwnerAsync();
        var second = await api.SignupOwnerAsync();
        var connections = new Dictionary<Guid, (SignedIn Owner, Guid Id)>();
        foreach (var owner in new[] { first, second })
        {
            var id = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
            connections[id] = (owner, id);
        }
        foreach (var (owner, id) in connections.Values) await owner.Client.WaitForSyncAsync(id);
        // The recent cost rows of both: a connection synced by the job gets them back.
        var recentMs = new DateTimeOffset(api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-1)).ToUnixTimeMilliseconds();
        foreach (var (owner, id) in connections.Values)
            Assert.True(await api.WithDbAsync(db => db.ProviderUsage
                .Where(u => u.ConnectionId == id && u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= recentMs).ExecuteDeleteAsync(), owner.OrganizationId) > 0);
        // The first provider request of the job: whichever connection the job takes first gets `200 {}`.
        await api.AddFaultAsync(new { body = "{}", times = 1 });
        try
        {
            await (await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(ProviderSyncJob.Key);

            var states = new List<JsonObject>();
            await ProviderApi.EventuallyAsync(async () =>
            {
                states = [];
                foreach (var (owner, id) in connections.Values) states.Add(await owner.Client.ConnectionAsync(id));
                return states.Any(s => s.StatusOf() == "error") && states.Any(s => s.StatusOf() == "ok") &&
                       await RecentCostRowsAsync(states.Single(s => s.StatusOf() == "ok")) > 0;
            }, () => $"The job did not fail one connection and sync the other: {string.Join(", ", states.Select(s => s.ToJsonString()))}");

            var failed = connections[states.Single(s => s.StatusOf() == "error").IdOf()];
            var synced = connections[states.Single(s => s.StatusOf() == "ok").IdOf()];
            Assert.NotEqual(failed.Owner.OrganizationId, synced.Owner.OrganizationId);
            var error = states.Single(s => s.StatusOf() == "error")["lastError"]!.GetValue<string>();
            Assert.Contains("did not answer as its admin API does", error);
            Assert.DoesNotContain("{}", error);
            var alerts = new JsonArray();
            await ProviderApi.EventuallyAsync(async () => (alerts = (await failed.Owner.Client.GetJsonAsync("/v1/alerts?type=provider_sync_failure"))["items"]!.AsArray()).Count > 0,
                () => "No provider_sync_failure alert was raised.");
            Assert.Equal(failed.Id, Assert.Single(alerts)!["providerConnectionId"]!.GetValue<Guid>());
            Assert.Empty((await synced.Owner.Client.GetJsonAsync("/v1/alerts?type=provider_sync_failure"))["items"]!.AsArray());
            var syncedJobs = (await synced.Owner.Client.GetJsonAsync("/v1/system/jobs")).ToJsonString();
            Assert.DoesNotContain(failed.Id.ToString(), syncedJobs);
            Assert.DoesNotContain(error, syncedJobs);
        }
        finally
        {
            await api.ClearFaultsAsync();
        }

        Task<int> RecentCostRowsAsync(JsonObject connection)
        {
            var (owner, id) = connections[connection.IdOf()];
            return api.WithDbAsync(db => db.ProviderUsage.CountAsync(u => u.ConnectionId == id && u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= recentMs),
                owner.OrganizationId);
        }
    }

    [Fact]
    public async Task An_organization_whose_budgets_cannot_be_read_does_not_stop_another_organizations_budget_alert_and_sees_its_failure_alone()
    {
        using var travel = api.Clock.TimeTravel();
        var one = await api.SignupOwnerAsync();
        var other = await api.SignupOwnerAsync();
        // The job takes organizations in id order: the broken one goes first.
        var (broken, healthy) = one.OrganizationId.CompareTo(other.OrganizationId) < 0 ? (one, other) : (other, one);
        var brokenName = $"Unreadable {Guid.NewGuid():N}";
        await broken.Client.CreateBudgetAsync(BudgetApi.Budget(brokenName));
        var budget = (await healthy.Client.CreateBudgetAsync(BudgetApi.Budget(amountUsd: 0.000001m, warning: new { amountUsd = 0.0000001m })))["id"]!.GetValue<Guid>();
        var (_, key) = await healthy.Client.CreateApiKeyAsync();
        await api.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event());
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        // A row this version cannot read, as one written by a newer version before a rollback.
        await api.WithDbAsync(db => ((DbContext)db).Database.ExecuteSqlRawAsync(
            """UPDATE "Budgets" SET "Period" = 'fortnightly' WHERE "Name" = {0}""", brokenName));

        await (await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(BudgetMonitoringJob.Key);

        // A scheduled run may have finished before the row was broken: wait for the failed one.
        var brokenJob = await MonitoringAsync(broken, j => j["lastOutcome"]?.GetValue<string>() == "failed");
        var failure = brokenJob.Text("lastError");
        Assert.Contains("failed", failure);
        await ProviderApi.EventuallyAsync(async () => (await healthy.Client.GetJsonAsync($"/v1/budgets/{budget}")).Text("state") == "critical",
            () => "The healthy organization's budget did not turn critical.");
        Assert.Equal(1, await api.WithDbAsync(db => db.Alerts.CountAsync(a => a.BudgetId == budget && a.Type == AlertTypes.BudgetCritical), healthy.OrganizationId));
        var healthyJob = await MonitoringAsync(healthy, _ => true);
        Assert.Equal(("ok", null), (healthyJob.Text("lastOutcome"), healthyJob["lastError"]?.GetValue<string>()));
        var healthyJobs = (await healthy.Client.GetJsonAsync("/v1/system/jobs")).ToJsonString();
        Assert.DoesNotContain(failure, healthyJobs);
        Assert.DoesNotContain(broken.OrganizationId.ToString(), healthyJobs);
        Assert.DoesNotContain(broken.OrganizationName, healthyJobs);
    }

    private static async Task<JsonNode> MonitoringAsync(SignedIn owner, Func<JsonNode, bool> done)
    {
        JsonNode job = null!;
        await ProviderApi.EventuallyAsync(async () => done(job = (await owner.Client.GetJsonAsync("/v1/system/jobs"))["jobs"]!.AsArray()
                .Single(j => j!.Text("key") == "budgets.budget-monitoring")!),
            () => $"The budget monitoring run was not recorded: {job?.ToJsonString()}");
        return job;
    }
}
