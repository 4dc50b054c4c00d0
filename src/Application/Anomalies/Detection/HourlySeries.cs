namespace AIntops.Application.Anomalies.Detection;

/// <summary>Spend by UTC hour; hours without a row are zero.</summary>
public sealed class HourlySeries
{
    private readonly Dictionary<DateTime, long> _byHour;

    public HourlySeries(IEnumerable<HourlySpend> hours)
    {
        _byHour = hours.GroupBy(h => FloorToHour(h.HourUtc)).ToDictionary(g => g.Key, g => g.Sum(h => h.CostNanoUsd));
        FirstSpendHour = _byHour.Where(p => p.Value > 0).Select(p => (DateTime?)p.Key).Min();
    }

    public DateTime? FirstSpendHour { get; }

    public long At(DateTime hour) => _byHour.GetValueOrDefault(hour);

    /// <summary>Spend of the hours in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public long Sum(DateTime from, DateTime to)
    {
        long sum = 0;
        for (var hour = from; hour < to; hour = hour.AddHours(1)) sum += At(hour);
        return sum;
    }

    public static DateTime FloorToHour(DateTime time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
}
