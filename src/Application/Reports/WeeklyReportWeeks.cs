using AIntops.Domain.Reports;
using FluentValidation.Results;

namespace AIntops.Application.Reports;

/// <summary>The week a request names, checked against the organization's time zone.</summary>
public static class WeeklyReportWeeks
{
    public const string Format = "week must be an ISO week such as 2026-W49.";

    /// <summary>The named week, or the last complete week when none is named; a week that has not ended yet is refused.</summary>
    public static ReportWeek Resolve(string? week, TimeZoneInfo zone, DateTime utcNow)
    {
        var last = ReportWeek.LastComplete(utcNow, zone);
        if (week is null) return last;
        if (!ReportWeek.TryParse(week, out var named)) throw Invalid(Format);
        return named.LocalStart <= last.LocalStart ? named : throw Invalid($"{week} has not ended yet in {zone.Id}; the latest complete week is {last}.");
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure("week", message)]);
}
