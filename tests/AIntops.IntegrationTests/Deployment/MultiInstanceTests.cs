using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Deployment;

/// <summary>
/// Several real API processes on one database, as behind a load balancer. On PostgreSQL the scheduler is clustered;
/// SQLite deployments are one instance (docs/scaling.md), so there the scheduler test runs one.
/// </summary>
public sealed class MultiInstanceTests
{
    private const string DeliveryJob = "notifications.notification-delivery";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Each_scheduled_job_fires_once_per_interval_across_the_instances()
    {
        await using var deployment = await ApiInstances.StartAsync(TestDatabase.IsPostgres ? 2 : 1, new Dictionary<string, string?>
        {
            ["Jobs:NotificationDelivery:Interval"] = Interval.ToString(),
            ["Jobs:NotificationDelivery:FirstRunDelay"] = "00:00:01",
            ["Jobs:Cluster:CheckinInterval"] = "00:00:02",
            ["Jobs:ProviderSync:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:Retention:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:BudgetMonitoring:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:AnomalyDetection:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:Recommendations:FirstRunDelay"] = "1.00:00:00",
        });
        var observedFrom = DateTimeOffset.UtcNow + Interval; // after the last instance (re)scheduled the trigger
        await Task.Delay(Interval * 8);
        var observedTo = DateTimeOffset.UtcNow - Interval; // runs scheduled later may not have been logged yet

        var runs = deployment.Instances.SelectMany(instance => JobRuns(instance, DeliveryJob))
            .Where(run => run.ScheduledFor >= observedFrom && run.ScheduledFor <= observedTo).ToList();
        var fireTimes = runs.Select(r => r.ScheduledFor).Order().ToList();
        Assert.Equal(fireTimes.Count, fireTimes.Distinct().Count()); // no fire time ran twice, on one instance or on two
        var expected = (int)((observedTo - observedFrom) / Interval);
        Assert.InRange(fireTimes.Count, expected - 1, expected + 1); // and none was skipped
        Assert.All(fireTimes.Zip(fireTimes.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Interval * 0.9,
            $"Runs scheduled for {pair.First:O} and {pair.Second:O} are closer than the interval."));
        Assert.All(runs, run => Assert.StartsWith(Environment.MachineName + "/", run.Instance));
    }

    [Fact]
    public async Task Concurrent_duplicate_ingests_on_two_instances_count_once()
    {
        await using var deployment = await ApiInstances.StartAsync(2);
        using var a = deployment.Instances[0].CreateClient();
        var account = await a.SignupAsync();
        a.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Tokens.AccessToken);
        var (_, key) = await a.CreateApiKeyAsync();
        using var keyOnA = deployment.Instances[0].CreateClient().WithApiKey(key);
        using var keyOnB = deployment.Instances[1].CreateClient().WithApiKey(key);

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var client = i % 2 == 0 ? keyOnA : keyOnB;
            if (i % 10 == 9) // some inside a batch
            {
                var batch = await client.PostAsJsonAsync("/v1/ingest/batch", new { events = new[] { IngestApi.Event("same-request") } });
                batch.EnsureSuccessStatusCode();
                return JsonNode.Parse(await batch.Content.ReadAsStringAsync())!["results"]![0]!["result"]!;
            }
            return await client.IngestAsync(IngestApi.Event("same-request"));
        }));

        Assert.Single(answers, answer => !answer["duplicate"]!.GetValue<bool>());
        Assert.Single(answers.Select(answer => answer["id"]!.GetValue<Guid>()).Distinct());
        Assert.Equal(1, await deployment.WithDbAsync(db => db.LlmEvents.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(1, await deployment.WithDbAsync(db => db.UsageHourly.IgnoreQueryFilters().SumAsync(r => r.Requests)));
        Assert.Equal(1, await deployment.WithDbAsync(db => db.PlanUsage.IgnoreQueryFilters().SumAsync(p => p.Requests)));
    }

    private static IEnumerable<(DateTimeOffset ScheduledFor, string Instance)> JobRuns(ApiProcess instance, string job) =>
        from entry in instance.LogEntries()
        where entry.GetProperty("Category").GetString() == "AIntops.Api.Jobs.JobRunListener"
        let state = entry.GetProperty("State")
        where state.TryGetProperty("Job", out var name) && name.GetString() == job && !state.TryGetProperty("Error", out _)
        select (state.GetProperty("ScheduledFireTimeUtc").GetDateTimeOffset(), state.GetProperty("Instance").GetString()!);
}
