using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class IngestChecklistTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Keys =
    [
        "apiKeyReady", "firstPayloadReceived", "endpointTagPresent", "promptVersionPresent", "identityPresent", "unknownModels",
        "usageFieldsPresent", "dataModeAlignment",
    ];

    private static object Attributed(string model = "gpt-4o-mini") =>
        IngestApi.Event(model: model, extra: new { endpointTag = "chat", promptVersion = "v2", userId = "user-1" });

    private static async Task<(Dictionary<string, bool> Passed, JsonNode Checklist)> ChecklistAsync(HttpClient client)
    {
        var checklist = await client.GetJsonAsync("/v1/ingest/checklist");
        var items = checklist["items"]!.AsArray();
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i!["detail"]!.GetValue<string>())));
        return (items.ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!["passed"]!.GetValue<bool>()), checklist);
    }

    private static int Score(JsonNode checklist) => checklist["trackingQualityScore"]!.GetValue<int>();

    [Fact]
    public async Task A_new_organization_passes_nothing_and_scores_zero()
    {
        var owner = await factory.SignupOwnerAsync();

        var (passed, checklist) = await ChecklistAsync(owner.Client);

        Assert.Equal(Keys, passed.Keys);
        Assert.All(passed.Values, Assert.False);
        Assert.Equal(0, Score(checklist));
        Assert.Equal(100, checklist["scoreParts"]!.AsArray().Sum(p => p!["maxPoints"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Items_flip_as_data_arrives()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        Assert.True((await ChecklistAsync(owner.Client)).Passed["apiKeyReady"]);

        await sender.IngestAsync(IngestApi.Event(model: "in-house-llm", output: 0, extra: new { dataMode = "test" }));
        var (passed, checklist) = await ChecklistAsync(owner.Client);
        Assert.Equal([true, true, false, false, false, false, false, false], Keys.Select(k => passed[k]));
        Assert.Equal("in-house-llm", checklist["unknownModels"]![0]!["model"]!.GetValue<string>());
        Assert.Equal(1, checklist["unknownModels"]![0]!["events"]!.GetValue<int>());

        for (var i = 0; i < 9; i++) await sender.IngestAsync(Attributed());
        (passed, checklist) = await ChecklistAsync(owner.Client);
        Assert.Equal([true, true, true, true, true, false, true, true], Keys.Select(k => passed[k]));
        // Weights: endpointTag 25, userId 20, promptVersion 15 at 9/10 each; priced 20 at 9/10; usage 10 at 9/10; real data 10.
        Assert.Equal(23 + 18 + 14 + 18 + 9 + 10, Score(checklist));

        var owner2 = await factory.SignupOwnerAsync();
        var (_, key2) = await owner2.Client.CreateApiKeyAsync();
        await factory.CreateClient().WithApiKey(key2).IngestAsync(Attributed());
        (passed, checklist) = await ChecklistAsync(owner2.Client);
        Assert.All(passed.Values, Assert.True);
        Assert.Equal(100, Score(checklist));
        Assert.Empty(checklist["unknownModels"]!.AsArray());
    }

    [Fact]
    public async Task Demo_data_does_not_tick_anything()
    {
        var owner = await factory.SignupOwnerAsync();

        await owner.Client.LoadDemoDataAsync();

        var (passed, checklist) = await ChecklistAsync(owner.Client);
        Assert.All(passed.Values, Assert.False);
        Assert.Equal(0, checklist["eventsChecked"]!.GetValue<int>());
        Assert.Contains("demo", checklist["items"]![1]!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_last_seven_days_are_checked()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var eightDaysAgo = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-8).ToString("O");

        await factory.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event(extra: new { timestamp = eightDaysAgo }));

        var (passed, _) = await ChecklistAsync(owner.Client);
        Assert.False(passed["firstPayloadReceived"]);
    }
}
