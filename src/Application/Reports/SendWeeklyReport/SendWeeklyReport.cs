using AIntops.Domain.Reports;

namespace AIntops.Application.Reports.SendWeeklyReport;

/// <param name="Week">ISO week, e.g. 2026-W49; default: the last complete week in the organization's time zone.</param>
public sealed record SendWeeklyReportCommand(string? Week = null) : IRequest<WeeklyReportSent>;

/// <param name="Deliveries">Outbox rows written: one per enabled channel subscribed to weekly_report (none means no channel receives it).</param>
public sealed record WeeklyReportSent(string Week, int Deliveries, DateTime SentAt);

/// <summary>Sends a week's report again on purpose, to every channel subscribed to weekly_report, and records it in the activity log.</summary>
public sealed class SendWeeklyReportHandler(IAppDbContext db, WeeklyReportBuilder builder, WeeklyReportDelivery delivery, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<SendWeeklyReportCommand, WeeklyReportSent>
{
    public async Task<WeeklyReportSent> Handle(SendWeeklyReportCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var zone = await builder.ZoneAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeeklyReportWeeks.Resolve(request.Week, zone, now);
        var report = await builder.BuildAsync(week, zone, cancellationToken);
        var name = week.ToString();
        if (await db.WeeklyReportSends.FirstOrDefaultAsync(s => s.Week == name, cancellationToken) is { } sent) sent.SentAgain(now);
        else db.WeeklyReportSends.Add(new WeeklyReportSend(organizationId, name, now));
        db.Record(organizationId, ActivityTypes.WeeklyReportSent, caller.UserId, caller.ClientIp, now, subject: name);
        var raised = await delivery.EnqueueAsync(report with { SentAt = now }, $"{WeeklyReportDelivery.DedupePrefix}{name}:{Guid.NewGuid():N}", cancellationToken);
        return new WeeklyReportSent(name, raised.Deliveries, now);
    }
}
