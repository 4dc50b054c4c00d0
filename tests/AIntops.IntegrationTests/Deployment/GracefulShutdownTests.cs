using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Deployment;

/// <summary>SIGTERM under ingest load: readiness goes false first, the instance keeps serving for the delay, then drains.</summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan ReadinessDelay = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Sigterm_turns_readiness_off_first_then_commits_every_acknowledged_event_and_exits_cleanly()
    {
        await using var deployment = await ApiInstances.StartAsync(1, new Dictionary<string, string?> { ["Shutdown:ReadinessDelay"] = ReadinessDelay.ToString() });
        var api = deployment.Instances[0];
        using var owner = api.CreateClient();
        var account = await owner.SignupAsync();
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();

        var acknowledged = new ConcurrentBag<Guid>();
        var acknowledgedAfterSigterm = 0;
        var terminated = false;
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            using var client = api.CreateClient().WithApiKey(key);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var answer = await client.PostAsJsonAsync("/v1/ingest", IngestApi.Event($"w{worker}-{i}"));
                    if (answer.StatusCode != HttpStatusCode.OK) continue;
                    acknowledged.Add(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>());
                    if (Volatile.Read(ref terminated)) Interlocked.Increment(ref acknowledgedAfterSigterm);
                }
                catch (HttpRequestException) { return; } // the listener closed
            }
        })).ToList();
        while (acknowledged.Count < 300) await Task.Delay(20);

        api.Terminate();
        Volatile.Write(ref terminated, true);
        using var probe = api.CreateClient();
        var notReadyBy = DateTime.UtcNow + ReadinessDelay / 2;
        while ((await probe.GetAsync("/health/ready")).StatusCode != HttpStatusCode.ServiceUnavailable)
            Assert.True(DateTime.UtcNow < notReadyBy, "Readiness did not turn false after SIGTERM.");
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode); // still serving
        Assert.Equal(0, await api.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        Assert.True(acknowledgedAfterSigterm > 0, "No ingest was answered during the readiness delay.");
        var stored = await deployment.WithDbAsync(db => db.LlmEvents.IgnoreQueryFilters().Select(e => e.Id).ToListAsync());
        var missing = acknowledged.Except(stored).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged events were not committed.");
        Assert.Equal(stored.Count, await deployment.WithDbAsync(db => db.UsageHourly.IgnoreQueryFilters().SumAsync(r => r.Requests)));
    }
}
