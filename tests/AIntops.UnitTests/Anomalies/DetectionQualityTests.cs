using AIntops.Application.Anomalies.Detection;
using Xunit.Abstractions;

namespace AIntops.UnitTests.Anomalies;

/// <summary>Precision and recall over generated series; the table in docs/anomaly-detection.md is this test's output.</summary>
public sealed class DetectionQualityTests(ITestOutputHelper output)
{
    private const int SeriesPerScenario = 200;

    public static TheoryData<string> Scenarios => new(ScenarioShapes.Keys);

    private static readonly Dictionary<string, SpendShape> ScenarioShapes = new()
    {
        ["steady with noise"] = new SpendShape(20, Rhythm: false),
        ["weekly + daily rhythm"] = new SpendShape(40),
        ["growth +30%/month"] = new SpendShape(40, GrowthPerMonth: 0.30),
        ["past spikes in the baseline"] = new SpendShape(40, PastSpikes: 8),
        ["zero hours and an outage day"] = new SpendShape(40, ZeroHourShare: 0.03, OutageDays: 1),
        ["small scope (night below $1)"] = new SpendShape(3),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Spikes_are_caught_and_ordinary_hours_are_not_flagged(string scenario)
    {
        var result = DetectionQuality.Run(scenario, ScenarioShapes[scenario], SeriesPerScenario, seed: 1000, new AnomalyDetectionOptions());
        output.WriteLine("| scenario | spikes ≥ minimum | caught | recall | recall at 3× | blips below minimum | blips flagged | ordinary hours | false alarms | precision |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        output.WriteLine(result.TableRow());

        Assert.Equal(0, result.BlipsFlagged);
        Assert.True(result.Recall >= 0.90, $"recall {result.Recall:0.000}");
        Assert.True(result.Precision >= 0.95, $"precision {result.Precision:0.000}");
    }
}
