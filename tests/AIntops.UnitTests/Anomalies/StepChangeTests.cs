using AIntops.Application.Anomalies.Detection;
using Xunit.Abstractions;

namespace AIntops.UnitTests.Anomalies;

/// <summary>A new permanent level is flagged at first and becomes the baseline within days, not weeks.</summary>
public sealed class StepChangeTests(ITestOutputHelper output)
{
    private static readonly SpendShape Shape = new(40);

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void A_step_up_is_flagged_first_and_then_adopted(double factor)
    {
        var stepDay = 29; // a Tuesday; the step starts at 10:00 UTC
        var stepHour = stepDay * 24 + 10;
        var values = new SyntheticSpend(7).Generate(Shape, stepDay + 15);
        for (var i = stepHour; i < values.Length; i++) values[i] = (long)(values[i] * factor);
        var detector = new SpendAnomalyDetector();

        var flaggedByDay = Enumerable.Range(0, 14).Select(day => Enumerable.Range(stepHour + day * 24, 24)
            .Count(h => detector.Detect(new AnomalyCheck(new AnomalyScope(Guid.Empty), SyntheticSpend.Start.AddHours(h), SyntheticSpend.Series(values, h))) is not null)).ToList();
        output.WriteLine($"×{factor}: hours flagged on each of the 14 days from the step: {string.Join(", ", flaggedByDay)}");

        Assert.True(flaggedByDay[0] >= 6, "the first day of the new level is flagged");
        Assert.All(flaggedByDay.Skip(3), count => Assert.Equal(0, count));
    }
}
