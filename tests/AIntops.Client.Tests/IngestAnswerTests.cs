using AIntops.Client.Tests.Support;
using AIntops.IntegrationTests.Support;

namespace AIntops.Client.Tests;

/// <summary>How the sender counts the real API's per-event answers.</summary>
public sealed class IngestAnswerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Accepted_and_duplicate_events_count_as_sent_and_refused_ones_as_failed()
    {
        var (owner, app) = await factory.RecordingAppAsync();
        await using var _ = app;

        app.Recorder.Record(new AIntopsEvent { Model = "gpt-4o-mini", ExternalRequestId = "call-1", InputTokens = 10 });
        app.Recorder.Record(new AIntopsEvent { Model = "gpt-4o-mini", ExternalRequestId = "call-1", InputTokens = 10 });
        app.Recorder.Record(new AIntopsEvent { Model = "gpt-4o-mini", Environment = "moon" });
        await app.Recorder.FlushAsync();

        Assert.Equal(new AIntopsCounters(2, 0, 1, 0), app.Recorder.Counters);
        Assert.Equal("call-1", Assert.Single(await owner.RequestsAsync()).Text("externalRequestId"));
    }
}
