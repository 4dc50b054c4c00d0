using AIntops.Application.Ingest.GetIngestChecklist;

namespace AIntops.UnitTests.Ingest;

public sealed class ChecklistEvaluationTests
{
    private static readonly DateTime From = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CheckedEvent Complete(string model = "gpt-4o") => new(true, true, true, true, true, true, model, true);

    [Fact]
    public void Complete_real_data_passes_everything_and_scores_100()
    {
        var checklist = new ChecklistEvaluation([Complete(), Complete()], activeApiKeys: 1, demoOnly: false).ToChecklist(From);

        Assert.All(checklist.Items, i => Assert.True(i.Passed, i.Key));
        Assert.Equal(100, checklist.TrackingQualityScore);
        Assert.Equal(100, checklist.ScoreParts.Sum(p => p.MaxPoints));
    }

    [Fact]
    public void Each_part_earns_its_weight_in_proportion_to_coverage()
    {
        CheckedEvent[] events = [Complete(), Complete() with { HasEndpointTag = false, HasUserId = false }];

        var checklist = new ChecklistEvaluation(events, 1, false).ToChecklist(From);

        var points = checklist.ScoreParts.ToDictionary(p => p.Key, p => (p.Points, p.MaxPoints));
        Assert.Equal((13, 25), points["endpointTagPresent"]);
        Assert.Equal((10, 20), points["identityPresent"]);
        Assert.Equal(100 - 12 - 10, checklist.TrackingQualityScore);
        Assert.False(checklist.Items.Single(i => i.Key == "endpointTagPresent").Passed);
    }

    [Fact]
    public void Unpriced_models_are_listed_most_used_first_and_fail_their_item()
    {
        CheckedEvent[] events = [Complete(), Complete("a") with { PriceKnown = false }, Complete("b") with { PriceKnown = false }, Complete("b") with { PriceKnown = false }];

        var checklist = new ChecklistEvaluation(events, 1, false).ToChecklist(From);

        Assert.Equal([new UnpricedModel("b", 2), new UnpricedModel("a", 1)], checklist.UnknownModels);
        Assert.Contains("b (2), a (1)", checklist.Items.Single(i => i.Key == "unknownModels").Detail);
    }

    [Fact]
    public void Token_usage_is_judged_on_successful_calls_only()
    {
        CheckedEvent[] events = [.. Enumerable.Repeat(Complete(), 9), Complete() with { Succeeded = false, HasUsage = false }];

        var checklist = new ChecklistEvaluation(events, 1, false).ToChecklist(From);

        Assert.True(checklist.Items.Single(i => i.Key == "usageFieldsPresent").Passed);
        Assert.Equal(10, checklist.ScoreParts.Single(p => p.Key == "usageFieldsPresent").Points);
    }

    [Fact]
    public void Without_events_only_the_key_can_pass_and_demo_data_is_named()
    {
        var checklist = new ChecklistEvaluation([], 1, demoOnly: true).ToChecklist(From);

        Assert.Equal(["apiKeyReady"], checklist.Items.Where(i => i.Passed).Select(i => i.Key));
        Assert.Equal(0, checklist.TrackingQualityScore);
        Assert.Contains("demo", checklist.Items.Single(i => i.Key == "firstPayloadReceived").Detail);
    }
}
