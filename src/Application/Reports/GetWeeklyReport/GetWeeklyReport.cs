namespace AIntops.Application.Reports.GetWeeklyReport;

/// <param name="Week">ISO week, e.g. 2026-W49; default: the last complete week in the organization's time zone.</param>
public sealed record GetWeeklyReportQuery(string? Week = null) : IRequest<WeeklyReport>;

public sealed class GetWeeklyReportHandler(WeeklyReportBuilder builder, TimeProvider clock) : IRequestHandler<GetWeeklyReportQuery, WeeklyReport>
{
    public async Task<WeeklyReport> Handle(GetWeeklyReportQuery request, CancellationToken cancellationToken)
    {
        var zone = await builder.ZoneAsync(cancellationToken);
        return await builder.BuildAsync(WeeklyReportWeeks.Resolve(request.Week, zone, clock.GetUtcNow().UtcDateTime), zone, cancellationToken);
    }
}
