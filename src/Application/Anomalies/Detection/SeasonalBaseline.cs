namespace AIntops.Application.Anomalies.Detection;

/// <param name="Samples">How many past hours the estimate rests on.</param>
public sealed record BaselineEstimate(long ExpectedNanoUsd, long StdDevNanoUsd, int Samples);

/// <summary>
/// What an hour is expected to cost, read only from the hours before it: the mean of the middle half of
/// <list type="bullet">
/// <item>the same hour of the week in each previous week, scaled by how much the last week spent relative to the
/// week starting at that hour (so steady growth raises the expectation instead of raising alarms), and</item>
/// <item>the same hour of the day on the previous six days of the same kind (weekday or weekend), which follow a
/// new level within days.</item>
/// </list>
/// The spread is the MAD of those samples relative to their median, pooled with the neighbouring hours' and floored so
/// a flat series cannot make every wobble infinitely unlikely.
/// </summary>
public static class SeasonalBaseline
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <param name="history">Spend of the hours before <paramref name="hour"/>; later hours are ignored.</param>
    public static BaselineEstimate? Estimate(HourlySeries history, DateTime hour, AnomalyDetectionOptions options)
    {
        if (history.FirstSpendHour is not { } firstSpend || firstSpend >= hour) return null;
        var samples = Samples(history, hour, firstSpend, options);
        if (samples.Count == 0) return null;
        var expected = Robust.InterquartileMean(samples);
        var relativeSpread = RelativeSpread(history, hour, firstSpend, options);
        // The expectation is itself an estimate from few samples; its error widens the spread an hour is judged by.
        var estimateError = Math.Sqrt(1 + Math.PI / 2 / samples.Count);
        var stdDev = Math.Max(expected * Math.Max(relativeSpread * estimateError, options.MinimumRelativeSpread), options.MinimumSpreadNanoUsd);
        return new BaselineEstimate((long)Math.Round(expected), (long)Math.Round(stdDev), samples.Count);
    }

    private static List<double> Samples(HourlySeries history, DateTime hour, DateTime firstSpend, AnomalyDetectionOptions options) =>
        SameHourOfWeek(history, hour, firstSpend, options.BaselineWeeks).Concat(SameHourOfDay(history, hour, firstSpend)).ToList();

    /// <summary>
    /// The robust spread of the samples relative to their median, pooled over the hour and its two neighbours: a
    /// handful of samples alone too often look calmer than the hour really is. Deviations from a small sample's own
    /// median run short, hence the n / (n − 0.8) correction.
    /// </summary>
    private static double RelativeSpread(HourlySeries history, DateTime hour, DateTime firstSpend, AnomalyDetectionOptions options)
    {
        var deviations = new List<double>();
        foreach (var neighbour in new[] { hour.AddHours(-1), hour, hour.AddHours(1) })
        {
            var samples = Samples(history, neighbour, firstSpend, options);
            var median = samples.Count == 0 ? 0 : Robust.Median(samples);
            var correction = samples.Count / (samples.Count - 0.8);
            if (median > 0) deviations.AddRange(samples.Select(v => Math.Abs(v / median - 1) * correction));
        }
        return deviations.Count == 0 ? 0 : Robust.MadToStdDev * Robust.Median(deviations);
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
