namespace AIntops.Application.Anomalies.Detection;

/// <param name="Samples">How many past hours the estimate rests on.</param>
public sealed record BaselineEstimate(long ExpectedNanoUsd, long StdDevNanoUsd, int Samples);

/// <summary>
/// What an hour is expected to cost, read only from the hours before it: the median of
/// <list type="bullet">
/// <item>the same hour of the week in each previous week, scaled by how much the last week spent relative to the
/// week starting at that hour (so steady growth raises the expectation instead of raising alarms), and</item>
/// <item>the same hour of the day on the previous six days of the same kind (weekday or weekend), which follow a
/// new level within days.</item>
/// </list>
/// The spread is the MAD of those samples, floored so a flat series cannot make every wobble infinitely unlikely.
/// </summary>
public static class SeasonalBaseline
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <param name="history">Spend of the hours before <paramref name="hour"/>; later hours are ignored.</param>
    public static BaselineEstimate? Estimate(HourlySeries history, DateTime hour, AnomalyDetectionOptions options)
    {
        if (history.FirstSpendHour is not { } firstSpend || firstSpend >= hour) return null;
        var samples = SameHourOfWeek(history, hour, firstSpend, options.BaselineWeeks)
            .Concat(SameHourOfDay(history, hour, firstSpend)).ToList();
        if (samples.Count == 0) return null;
        var expected = Robust.Median(samples);
        var floor = Math.Max(options.MinimumRelativeSpread * expected, options.MinimumSpreadNanoUsd);
        var stdDev = Math.Max(Robust.StdDevFromMad(samples, expected), floor);
        return new BaselineEstimate((long)Math.Round(expected), (long)Math.Round(stdDev), samples.Count);
    }

    private static IEnumerable<double> SameHourOfWeek(HourlySeries history, DateTime hour, DateTime firstSpend, int weeks)
    {
        var lastWeek = history.Sum(hour - Week, hour);
        for (var k = 1; k <= weeks; k++)
        {
            var weekStart = hour - k * Week;
            if (weekStart < firstSpend) yield break;
            var week = history.Sum(weekStart, weekStart + Week);
            if (week > 0) yield return history.At(weekStart) * ((double)lastWeek / week);
        }
    }

    private static IEnumerable<double> SameHourOfDay(HourlySeries history, DateTime hour, DateTime firstSpend)
    {
        for (var d = 1; d < 7; d++)
        {
            var sameHour = hour - d * Day;
            if (sameHour < firstSpend) yield break;
            if (IsWeekend(sameHour) == IsWeekend(hour)) yield return history.At(sameHour);
        }
    }

    private static bool IsWeekend(DateTime time) => time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
