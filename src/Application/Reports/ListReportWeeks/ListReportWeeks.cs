using AIntops.Domain.Reports;

namespace AIntops.Application.Reports.ListReportWeeks;

public sealed record ListReportWeeksQuery : IRequest<IReadOnlyList<ReportWeekItem>>;

/// <param name="Week">ISO week, e.g. 2026-W49.</param>
/// <param name="SentAt">When the week's report was last sent to the notification channels; null if never.</param>
public sealed record ReportWeekItem(string Week, DateTime StartUtc, DateTime EndUtc, DateTime? SentAt);

/// <summary>The last <see cref="Weeks"/> complete weeks in the organization's time zone, latest first, and whether each was sent.</summary>
public sealed class ListReportWeeksHandler(IAppDbContext db, WeeklyReportBuilder builder, TimeProvider clock)
    : IRequestHandler<ListReportWeeksQuery, IReadOnlyList<ReportWeekItem>>
{
    public const int Weeks = 12;

    public async Task<IReadOnlyList<ReportWeekItem>> Handle(ListReportWeeksQuery request, CancellationToken cancellationToken)
    {
        var zone = await builder.ZoneAsync(cancellationToken);
        var week = ReportWeek.LastComplete(clock.GetUtcNow().UtcDateTime, zone);
        var weeks = new List<ReportWeek>();
        for (var i = 0; i < Weeks; i++, week = week.Previous) weeks.Add(week);
        var names = weeks.Select(w => w.ToString()).ToList();
        var sent = await db.WeeklyReportSends.Where(s => names.Contains(s.Week)).ToDictionaryAsync(s => s.Week, s => s.LastSentAt, cancellationToken);
        return weeks.Select(w => new ReportWeekItem(w.ToString(), w.StartUtc(zone), w.EndUtc(zone), sent.TryGetValue(w.ToString(), out var at) ? at : null))
            .ToList();
    }
}
