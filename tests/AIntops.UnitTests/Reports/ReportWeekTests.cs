using AIntops.Domain.Reports;

namespace AIntops.UnitTests.Reports;

public sealed class ReportWeekTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Theory]
    [InlineData("2026-W49", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-49", false)]
    [InlineData("2026-w49", false)]
    [InlineData("1999-W10", false)]
    [InlineData("", false)]
    public void Parses_ISO_weeks_that_exist(string text, bool valid)
    {
        Assert.Equal(valid, ReportWeek.TryParse(text, out var week));
        if (valid) Assert.Equal(text, week.ToString());
    }

    [Fact]
    public void A_week_runs_Monday_to_Monday_in_the_zone()
    {
        ReportWeek.TryParse("2026-W48", out var week);

        Assert.Equal(new DateTime(2026, 11, 22, 23, 0, 0, DateTimeKind.Utc), week.StartUtc(Paris));
        Assert.Equal(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc), week.EndUtc(Paris));
        Assert.Equal(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), week.DueUtc(Paris));
        Assert.Equal("2026-W47", week.Previous.ToString());
    }

    [Fact]
    public void The_last_complete_week_turns_at_local_midnight_on_Monday()
    {
        // Sunday 23:30 in Paris is Sunday 22:30 UTC: week 48 is still running.
        Assert.Equal("2026-W47", ReportWeek.LastComplete(new DateTime(2026, 11, 29, 22, 30, 0, DateTimeKind.Utc), Paris).ToString());
        Assert.Equal("2026-W48", ReportWeek.LastComplete(new DateTime(2026, 11, 29, 23, 30, 0, DateTimeKind.Utc), Paris).ToString());
        // Auckland is already in Monday while UTC is on Sunday.
        Assert.Equal("2026-W48", ReportWeek.LastComplete(new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc), Auckland).ToString());
        // 2026 has 53 ISO weeks.
        Assert.Equal("2026-W53", ReportWeek.LastComplete(new DateTime(2027, 1, 4, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc).ToString());
    }

    [Fact]
    public void A_week_around_a_daylight_saving_change_is_not_seven_times_24_hours()
    {
        ReportWeek.TryParse("2026-W13", out var week); // Paris moves to summer time on Sunday March 29.

        Assert.Equal(TimeSpan.FromHours(7 * 24 - 1), week.EndUtc(Paris) - week.StartUtc(Paris));
    }
}
