namespace AIntops.MockProviders.Synthetic;

/// <summary>
/// Deterministic synthetic usage: the value of a series for an hour depends only on (provider,
/// series, hour), so overlapping queries always agree. Minutes split their hour exactly.
/// Data covers the 30 days before today (UTC) and today up to the current minute.
/// </summary>
public sealed class UsageGenerator(TimeProvider time)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(30);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private const int MinutesPerHour = 60;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateTimeOffset DataStart => Floor(Now, TimeSpan.FromDays(1)) - History;

    public TokenCounts Between(UsageSeries series, DateTimeOffset from, DateTimeOffset to)
    {
        var start = Max(from, DataStart);
        var end = Min(to, Floor(Now, TimeSpan.FromMinutes(1)));
        var total = default(TokenCounts);
        for (var hour = Floor(start, Hour); hour < end; hour += Hour)
        {
            var a = Max(start, hour);
            var b = Min(end, hour + Hour);
            var full = Hourly(series, hour);
            total += a == hour && b == hour + Hour ? full : Slice(series, hour, full, (int)(a - hour).TotalMinutes, (int)(b - hour).TotalMinutes);
        }
        return total;
    }

    public static TokenCounts Hourly(UsageSeries series, DateTimeOffset hour)
    {
        var seed = $"{series.Seed}|{hour.ToUnixTimeSeconds()}";
        if (IsMaintenanceWindow(hour) || (hour.Hour < 6 && StableHash.Unit(seed + "|idle") < 0.5)) return default;
        var weekend = hour.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var rhythm = Diurnal(hour.Hour) * (weekend ? 0.35 : 1.0) * (0.75 + 0.5 * StableHash.Unit(seed + "|volume"));
        if (series.Spike?.Covers(hour) == true) rhythm *= series.Spike.Factor;
        var requests = (long)Math.Round(series.RequestsPerHour * rhythm);
        if (requests == 0) return default;
        var input = (long)Math.Round(requests * series.InputTokensPerRequest * (0.85 + 0.3 * StableHash.Unit(seed + "|input")));
        var output = (long)Math.Round(requests * series.OutputTokensPerRequest * (0.85 + 0.3 * StableHash.Unit(seed + "|output")));
        var cacheJitter = 0.8 + 0.4 * StableHash.Unit(seed + "|cache");
        var cacheRead = (long)(input * series.CacheReadShare * cacheJitter);
        var write5m = (long)(input * series.CacheWrite5mShare * cacheJitter);
        var write1h = (long)(input * series.CacheWrite1hShare * cacheJitter);
        return new TokenCounts(requests, input - cacheRead - write5m - write1h, cacheRead, write5m, write1h, output);
    }

    /// <summary>Sundays 03:00–05:00 UTC nobody calls anything: whole buckets come back empty.</summary>
    public static bool IsMaintenanceWindow(DateTimeOffset hour) => hour.DayOfWeek == DayOfWeek.Sunday && hour.Hour is 3 or 4;

    public static DateTimeOffset Floor(DateTimeOffset at, TimeSpan width) =>
        new(at.UtcTicks - at.UtcTicks % width.Ticks, TimeSpan.Zero);

    /// <summary>Minutes [<paramref name="from"/>, <paramref name="to"/>) of an hour, apportioned by stable weights so that the 60 minutes sum to the hour exactly.</summary>
    private static TokenCounts Slice(UsageSeries series, DateTimeOffset hour, TokenCounts full, int from, int to)
    {
        if (full.IsEmpty) return default;
        var cumulative = new long[MinutesPerHour + 1];
        for (var m = 0; m < MinutesPerHour; m++)
            cumulative[m + 1] = cumulative[m] + 1 + (long)(StableHash.Of($"{series.Seed}|{hour.ToUnixTimeSeconds()}|{m}") % 100);
        var weight = cumulative[MinutesPerHour];
        var values = full.ToArray().Select(v => v * cumulative[to] / weight - v * cumulative[from] / weight).ToArray();
        return TokenCounts.FromArray(values);
    }

    private static double Diurnal(int hourOfDay) => 0.12 + 0.88 * Math.Exp(-Math.Pow(hourOfDay - 15, 2) / 18);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
