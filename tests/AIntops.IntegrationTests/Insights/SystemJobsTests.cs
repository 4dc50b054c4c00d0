using System.Net;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AIntops.IntegrationTests.Insights;

public sealed class SystemJobsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_job_is_listed_with_its_next_run_and_the_last_outcome_after_it_ran()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner);
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(new JobKey("anomaly-detection", "insights"));
        var jobs = await WaitForOutcomeAsync(owner, "insights.anomaly-detection");

        var keys = jobs.Select(j => j!.Text("key")).ToList();
        Assert.Equal(["budgets.budget-monitoring", "data.retention", "insights.anomaly-detection", "insights.recommendations", "notifications.notification-delivery",
            "providers.provider-connection-sync", "providers.provider-sync", "reports.weekly-report"], keys);
        var anomalies = jobs.Single(j => j!.Text("key") == "insights.anomaly-detection")!;
        Assert.Equal("ok", anomalies.Text("lastOutcome"));
        Assert.NotNull(anomalies["lastStartedAt"]);
        Assert.True(anomalies["lastDurationMs"]!.GetValue<long>() >= 0);
        Assert.NotNull(anomalies["nextRunAt"]);
        Assert.Null(jobs.Single(j => j!.Text("key") == "insights.recommendations")!["lastOutcome"]);
        Assert.Null(jobs.Single(j => j!.Text("key") == "providers.provider-connection-sync")!["nextRunAt"]);
        await (await member.Client.GetAsync("/v1/system/jobs")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> WaitForOutcomeAsync(SignedIn owner, string key)
    {
        for (var attempt = 0; ; attempt++)
        {
            var jobs = (await owner.Client.GetJsonAsync("/v1/system/jobs"))["jobs"]!.AsArray().ToList();
            if (jobs.Single(j => j!.Text("key") == key)!["lastOutcome"]?.GetValue<string>() is "ok" or "failed" || attempt == 100) return jobs;
            await Task.Delay(100);
        }
    }
}
