using AIntops.Application.Anomalies.Detection;

namespace AIntops.UnitTests.Anomalies;

public sealed record ScenarioResult(string Scenario, int Spikes, int Caught, int SpikesAt3x, int CaughtAt3x, int Blips, int BlipsFlagged, int NormalHours, int FalseAlarms)
{
    public double Recall => Spikes == 0 ? 1 : (double)Caught / Spikes;
    public double RecallAt3x => SpikesAt3x == 0 ? 1 : (double)CaughtAt3x / SpikesAt3x;
    public double Precision => Caught + FalseAlarms + BlipsFlagged == 0 ? 1 : (double)Caught / (Caught + FalseAlarms + BlipsFlagged);

    public string TableRow() =>
        $"| {Scenario} | {Spikes} | {Caught} | {Recall:0.000} | {RecallAt3x:0.000} | {Blips} | {BlipsFlagged} | {NormalHours} | {FalseAlarms} | {Precision:0.000} |";
}

/// <summary>
/// Runs the detector over generated series: in each, one spike of 3–10× the noise-free spend at a random hour of the
/// last week (a "blip" when it stays under the minimum spend or excess) and ten ordinary hours of that week.
/// </summary>
public static class DetectionQuality
{
    public const int Days = 35;
    public const int NormalHoursPerSeries = 10;
    private static readonly int[] Multipliers = [3, 3, 4, 5, 6, 8, 10];

    public static ScenarioResult Run(string scenario, SpendShape shape, int series, int seed, AnomalyDetectionOptions options)
    {
        var detector = new SpendAnomalyDetector(options);
        var scope = new AnomalyScope(Guid.Empty);
        int spikes = 0, caught = 0, spikes3 = 0, caught3 = 0, blips = 0, blipsFlagged = 0, normal = 0, falseAlarms = 0;
        for (var s = 0; s < series; s++)
        {
            var generator = new SyntheticSpend(seed + s);
            var values = generator.Generate(shape, Days);
            var hours = Enumerable.Range((Days - 7) * 24, 7 * 24).OrderBy(_ => generator.Random.Next()).ToList();

            var spikeHour = hours[0];
            var multiplier = Multipliers[generator.Random.Next(Multipliers.Length)];
            var expected = SyntheticSpend.Nano(SyntheticSpend.ExpectedUsd(shape, SyntheticSpend.Start.AddHours(spikeHour)));
            var spiked = (long[])values.Clone();
            spiked[spikeHour] = multiplier * expected;
            var flagged = Flags(detector, scope, spiked, spikeHour);
            if (spiked[spikeHour] >= options.MinimumHourSpendNanoUsd && spiked[spikeHour] - expected >= options.MinimumExcessNanoUsd)
            {
                spikes++; caught += flagged ? 1 : 0;
                if (multiplier == 3) { spikes3++; caught3 += flagged ? 1 : 0; }
            }
            else { blips++; blipsFlagged += flagged ? 1 : 0; }

            foreach (var hour in hours.Skip(1).Take(NormalHoursPerSeries))
            {
                normal++;
                falseAlarms += Flags(detector, scope, values, hour) ? 1 : 0;
            }
        }
        return new ScenarioResult(scenario, spikes, caught, spikes3, caught3, blips, blipsFlagged, normal, falseAlarms);
    }

    private static bool Flags(SpendAnomalyDetector detector, AnomalyScope scope, long[] values, int hour) =>
        detector.Detect(new AnomalyCheck(scope, SyntheticSpend.Start.AddHours(hour), SyntheticSpend.Series(values, hour))) is not null;
}
