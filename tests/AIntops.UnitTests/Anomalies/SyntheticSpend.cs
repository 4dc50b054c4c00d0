using AIntops.Application.Anomalies.Detection;

namespace AIntops.UnitTests.Anomalies;

/// <summary>The shape of a generated hourly spend series; values are USD per hour before noise.</summary>
public sealed record SpendShape(
    double PeakUsdPerHour,
    bool Rhythm = true,
    double GrowthPerMonth = 0,
    double ZeroHourShare = 0,
    int OutageDays = 0,
    int PastSpikes = 0);

/// <summary>Seeded generator of hourly spend with daily and weekly rhythm, growth, noise, gaps and past spikes.</summary>
public sealed class SyntheticSpend(int seed)
{
    /// <summary>A Monday, so that weekdays line up with <see cref="DayOfWeek"/> in the rhythm below.</summary>
    public static readonly DateTime Start = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly double[] WeekdayFactor = [0.3, 1.05, 1.0, 1.0, 1.0, 0.9, 0.35]; // Sunday first
    private readonly Random _random = new(seed);

    public Random Random => _random;

    /// <summary>What an hour would cost without noise.</summary>
    public static double ExpectedUsd(SpendShape shape, DateTime hour)
    {
        var growth = Math.Pow(1 + shape.GrowthPerMonth, (hour - Start).TotalDays / 30);
        return shape.PeakUsdPerHour * growth * (shape.Rhythm ? Daily(hour.Hour) * WeekdayFactor[(int)hour.DayOfWeek] : 1);
    }

    public long[] Generate(SpendShape shape, int days)
    {
        var values = new long[days * 24];
        for (var i = 0; i < values.Length; i++)
            values[i] = Nano(Noisy(ExpectedUsd(shape, Start.AddHours(i))));
        for (var i = 0; i < values.Length; i++)
            if (_random.NextDouble() < shape.ZeroHourShare) values[i] = 0;
        for (var outage = 0; outage < shape.OutageDays; outage++)
            Array.Clear(values, _random.Next(days - 8) * 24, 24);
        for (var spike = 0; spike < shape.PastSpikes; spike++)
            values[_random.Next(values.Length - 8 * 24)] *= _random.Next(3, 11);
        return values;
    }

    public static List<HourlySpend> Series(long[] values, int throughHour) =>
        Enumerable.Range(0, throughHour + 1).Select(i => new HourlySpend(Start.AddHours(i), values[i])).ToList();

    public static long Nano(double usd) => (long)Math.Round(usd * 1e9);

    /// <summary>Low at 03:00 UTC (15% of the peak), highest at 15:00.</summary>
    private static double Daily(int hourOfDay) => 0.15 + 0.85 * Math.Pow((1 - Math.Cos(2 * Math.PI * (hourOfDay - 3) / 24)) / 2, 1.5);

    /// <summary>Relative noise grows as spend shrinks, the way few calls make a noisier hour than many.</summary>
    private double Noisy(double usd)
    {
        var relative = 0.08 + 0.2 / Math.Sqrt(Math.Max(usd, 0.01));
        return Math.Max(0, usd * (1 + relative * Gaussian()));
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
