using AIntops.Client.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AIntops.Client.Tests;

/// <summary>The background sender against a scripted ingest server on loopback.</summary>
public sealed class SenderTests : IAsyncLifetime
{
    private const string PlanLimit = """{"status":402,"title":"Plan limit reached.","ok":false,"reason":"plan_limit_reached","telemetryPaused":true}""";

    private FakeIngest _ingest = null!;

    public async Task InitializeAsync() => _ingest = await FakeIngest.StartAsync();

    public async Task DisposeAsync() => await _ingest.DisposeAsync();

    private static AIntopsEvent Call(string id) => new() { Model = "gpt-4o-mini", ExternalRequestId = id, InputTokens = 10, OutputTokens = 2 };

    /// <summary>A host with the sender, its options bound from the "AIntops" configuration section, then <paramref name="configure"/>.</summary>
    private IHost Host(Action<AIntopsOptions> configure, Dictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new()
        {
            ["AIntops:Endpoint"] = _ingest.Root.ToString(), ["AIntops:ApiKey"] = "aik_test", ["AIntops:RetryBaseDelay"] = "00:00:00.010",
        });
        builder.Services.AddAIntops(builder.Configuration.GetSection("AIntops"), configure);
        return builder.Build();
    }

    [Fact]
    public async Task A_full_queue_drops_the_oldest_events_and_counts_them()
    {
        await using var app = new RecordingApp(_ingest.Root, "aik_test", o => o.QueueCapacity = 3);

        foreach (var id in new[] { "e1", "e2", "e3", "e4", "e5" }) app.Recorder.Record(Call(id));
        Assert.Equal(new AIntopsCounters(0, 2, 0, 3), app.Recorder.Counters);
        await app.Recorder.FlushAsync();

        Assert.Equal(["e3", "e4", "e5"], Assert.Single(_ingest.Requests).Ids);
        Assert.Equal(new AIntopsCounters(3, 2, 0, 0), app.Recorder.Counters);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After()
    {
        _ingest.Then(429, """{"status":429,"title":"Too many requests."}""", retryAfter: "1");
        await using var app = new RecordingApp(_ingest.Root, "aik_test");

        app.Recorder.Record(Call("e1"));
        await app.Recorder.FlushAsync();

        var requests = _ingest.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.95), $"Retried after {requests[1].At - requests[0].At}.");
        Assert.Equal(new AIntopsCounters(1, 0, 0, 0), app.Recorder.Counters);
    }

    [Fact]
    public async Task Sending_pauses_while_telemetry_is_paused_then_tries_again()
    {
        _ingest.Then(402, PlanLimit);
        using var host = Host(o => (o.FlushInterval, o.PauseDuration) = (TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1.5)));
        await host.StartAsync();
        var recorder = host.Services.GetRequiredService<IAIntopsRecorder>();

        recorder.Record(Call("e1"));
        await Poll.UntilAsync(() => recorder.Counters.Failed == 1, "the plan limit is answered");
        recorder.Record(Call("e2"));
        await recorder.FlushAsync();
        Assert.Equal((1, 1), (_ingest.Requests.Count, recorder.Counters.Queued));
        await Poll.UntilAsync(() => recorder.Counters.Sent == 1, "the pause is over and e2 is sent");
        await host.StopAsync();

        var requests = _ingest.Requests;
        Assert.Equal(["e2"], requests[1].Ids);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.45), $"Sent again after {requests[1].At - requests[0].At}.");
        Assert.Equal(new AIntopsCounters(1, 0, 1, 0), recorder.Counters);
    }

    [Fact]
    public async Task Stopping_the_host_sends_what_is_queued()
    {
        using var host = Host(o => o.FlushInterval = TimeSpan.FromHours(1));
        await host.StartAsync();
        var recorder = host.Services.GetRequiredService<IAIntopsRecorder>();

        foreach (var id in new[] { "e1", "e2", "e3" }) recorder.Record(Call(id));
        Assert.Empty(_ingest.Requests);
        await host.StopAsync();

        Assert.Equal(["e1", "e2", "e3"], Assert.Single(_ingest.Requests).Ids);
        Assert.Equal(new AIntopsCounters(3, 0, 0, 0), recorder.Counters);
    }

    [Fact]
    public async Task Events_get_an_id_a_timestamp_and_the_configured_defaults()
    {
        await using var app = new RecordingApp(_ingest.Root, "aik_test", o => (o.Environment, o.Team) = ("dev", "platform"));

        app.Recorder.Record(new AIntopsEvent { Model = "gpt-4o-mini" });
        app.Recorder.Record(new AIntopsEvent { Model = "gpt-4o-mini", Team = "payments" });
        await app.Recorder.FlushAsync();

        var request = Assert.Single(_ingest.Requests);
        Assert.All(request.Ids, id => Assert.True(Guid.TryParse(id, out _)));
        Assert.NotEqual(request.Ids[0], request.Ids[1]);
        Assert.All(request.Events, e => Assert.True(DateTimeOffset.UtcNow - e["timestamp"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1)));
        Assert.Equal(["platform", "payments"], request.Events.Select(e => e["team"]!.GetValue<string>()));
        Assert.All(request.Events, e => Assert.Equal("dev", e["environment"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Options_bind_from_configuration()
    {
        using var host = Host(_ => { }, new()
        {
            ["AIntops:Endpoint"] = _ingest.Root.ToString(), ["AIntops:ApiKey"] = "aik_configured", ["AIntops:Environment"] = "staging", ["AIntops:BatchSize"] = "2",
        });
        var recorder = host.Services.GetRequiredService<IAIntopsRecorder>();

        foreach (var id in new[] { "e1", "e2", "e3" }) recorder.Record(Call(id));
        await recorder.FlushAsync();

        Assert.Equal([["e1", "e2"], ["e3"]], _ingest.Requests.Select(r => r.Ids));
        Assert.All(_ingest.Requests, r => Assert.Equal("aik_configured", r.ApiKey));
        Assert.All(_ingest.Requests.SelectMany(r => r.Events), e => Assert.Equal("staging", e["environment"]!.GetValue<string>()));
    }
}
