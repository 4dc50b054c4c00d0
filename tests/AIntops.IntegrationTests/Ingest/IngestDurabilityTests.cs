using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Ingest;

/// <summary>An acknowledged event survives the API process being killed with SIGKILL under load.</summary>
public sealed class IngestDurabilityTests
{
    [Fact]
    public async Task Every_acknowledged_event_is_in_the_database_after_a_kill_under_load()
    {
        await using var deployment = await ApiInstances.StartAsync(1);
        var api = deployment.Instances[0];
        using var owner = api.CreateClient();
        var account = await owner.SignupAsync();
        owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();

        var acknowledged = new ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            using var client = api.CreateClient().WithApiKey(key);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var single = await client.PostAsJsonAsync("/v1/ingest", IngestApi.Event($"w{worker}-{i}"));
                    if (single.StatusCode == HttpStatusCode.OK)
                        acknowledged.Add(JsonNode.Parse(await single.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>());
                }
                catch (HttpRequestException) { return; } // the server is gone
            }
        })).ToList();

        while (acknowledged.Count < 500) await Task.Delay(20);
        api.Dispose(); // SIGKILL, no graceful shutdown
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        var stored = await deployment.WithDbAsync(db => db.LlmEvents.IgnoreQueryFilters().Select(e => e.Id).ToListAsync());
        var missing = acknowledged.Except(stored).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged events were lost.");
        var rollupRequests = await deployment.WithDbAsync(db => db.UsageHourly.IgnoreQueryFilters().SumAsync(r => r.Requests));
        Assert.Equal(stored.Count, rollupRequests);
    }
}
