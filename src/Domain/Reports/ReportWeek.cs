using System.Globalization;
using System.Text.RegularExpressions;

namespace AIntops.Domain.Reports;

/// <summary>An ISO week (Monday 00:00 to the next Monday 00:00) in an organization's time zone, written 2026-W49.</summary>
public readonly partial record struct ReportWeek(int Year, int Week)
{
    /// <summary>The local hour on the Monday after a week when its report is sent.</summary>
    public const int SendHour = 8;

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    public static bool TryParse(string? text, out ReportWeek week)
    {
        week = default;
        if (text is null || IsoWeek().Match(text) is not { Success: true } match) return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new ReportWeek(year, number);
        return true;
    }

    /// <summary>The week holding a local date and time.</summary>
    public static ReportWeek Of(DateTime local) => new(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));

    /// <summary>The latest week that has ended at <paramref name="utcNow"/> in <paramref name="zone"/>.</summary>
    public static ReportWeek LastComplete(DateTime utcNow, TimeZoneInfo zone) => Of(TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone).AddDays(-7));

    public DateTime LocalStart => ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday);

    public ReportWeek Previous => Of(LocalStart.AddDays(-7));

    public DateTime StartUtc(TimeZoneInfo zone) => Utc(LocalStart, zone);

    public DateTime EndUtc(TimeZoneInfo zone) => Utc(LocalStart.AddDays(7), zone);

    /// <summary>When this week's report is due: <see cref="SendHour"/> on the Monday after it, local time.</summary>
    public DateTime DueUtc(TimeZoneInfo zone) => Utc(LocalStart.AddDays(7).AddHours(SendHour), zone);

    /// <summary>A local time a daylight-saving change skips (a zone moving its clocks at midnight) is taken an hour later.</summary>
    private static DateTime Utc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(unspecified) ? unspecified.AddHours(1) : unspecified, zone);
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();
}
