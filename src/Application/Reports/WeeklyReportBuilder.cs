using AIntops.Application.Analytics;
using AIntops.Application.Analytics.ExploreUsage;
using AIntops.Application.Analytics.GetOverview;
using AIntops.Application.Anomalies.ListAnomalies;
using AIntops.Application.Budgets.ListBudgets;
using AIntops.Application.Ingest.GetIngestChecklist;
using AIntops.Application.Recommendations.ListRecommendations;
using AIntops.Domain.Organizations;
using AIntops.Domain.Reports;

namespace AIntops.Application.Reports;

/// <summary>
/// Puts the weekly report of the organization in scope together from the views the product already has: the overview and the usage
/// explorer (the blended ledger, so the figures equal the overview's for the same range), budgets, anomalies, recommendations and the
/// ingest checklist's tracking-quality score.
/// </summary>
public sealed class WeeklyReportBuilder(IAppDbContext db, IMediator mediator)
{
    public const int MoversPerDimension = 5;
    public static readonly IReadOnlyList<string> MoverDimensions = ["provider", "model", "team", "endpointTag"];

    /// <summary>The time zone of the organization in scope.</summary>
    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken) =>
        OrganizationTimeZones.Find(await db.Organizations.Where(o => o.Id == db.CurrentOrganizationId).Select(o => o.TimeZone).FirstAsync(cancellationToken));

    public async Task<WeeklyReport> BuildAsync(ReportWeek week, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var (start, end) = (week.StartUtc(zone), week.EndUtc(zone));
        var thisWeek = Range(start, end);
        var lastWeek = Range(week.Previous.StartUtc(zone), start);
        var overview = await mediator.Send(new GetOverviewQuery(thisWeek), cancellationToken);
        var previous = await mediator.Send(new GetOverviewQuery(lastWeek), cancellationToken);
        var movers = new List<MoverGroup>();
        foreach (var dimension in MoverDimensions)
            movers.Add(new MoverGroup(dimension, Movers(
                await mediator.Send(new ExploreUsageQuery(thisWeek, dimension), cancellationToken),
                await mediator.Send(new ExploreUsageQuery(lastWeek, dimension), cancellationToken))));
        var recommendations = await mediator.Send(new ListRecommendationsQuery(), cancellationToken);
        var name = week.ToString();
        return new WeeklyReport
        {
            Week = name,
            StartUtc = start,
            EndUtc = end,
            TimeZone = zone.Id,
            SpendUsd = overview.SpendUsd,
            PreviousSpendUsd = previous.SpendUsd,
            ChangeUsd = overview.SpendUsd - previous.SpendUsd,
            ChangeShare = previous.SpendUsd == 0 ? null : (double)((overview.SpendUsd - previous.SpendUsd) / previous.SpendUsd),
            Movers = movers,
            Budgets = await mediator.Send(new ListBudgetsQuery(), cancellationToken),
            Anomalies = (await mediator.Send(new ListAnomaliesQuery(Limit: 200, From: start, To: end), cancellationToken)).Items,
            Recommendations = recommendations.Items,
            OpenMonthlySavingUsd = recommendations.OpenMonthlySavingUsd,
            UnpricedRequests = overview.UnpricedRequests,
            UnattributedUsd = overview.SourceNote.UnattributedUsd,
            TrackingQualityScore = (await mediator.Send(new GetIngestChecklistQuery(), cancellationToken)).TrackingQualityScore,
            SentAt = await db.WeeklyReportSends.Where(s => s.Week == name).Select(s => (DateTime?)s.LastSentAt).FirstOrDefaultAsync(cancellationToken),
        };
    }

    /// <summary>A custom range of the analytics filters, as the overview takes it for the same from and to.</summary>
    public static AnalyticsFilter Range(DateTime? from, DateTime? to) => new(Range: AnalyticsFilter.Custom, From: from, To: to);

    private static List<Mover> Movers(UsageExplorer thisWeek, UsageExplorer lastWeek)
    {
        var before = lastWeek.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var now = thisWeek.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        return now.Keys.Union(before.Keys)
            .Select(key => (Now: now.GetValueOrDefault(key), Before: before.GetValueOrDefault(key)))
            .Select(r => new Mover((r.Now ?? r.Before)!.Key, (r.Now ?? r.Before)!.Label, r.Now?.SpendUsd ?? 0, r.Before?.SpendUsd ?? 0,
                (r.Now?.SpendUsd ?? 0) - (r.Before?.SpendUsd ?? 0)))
            .Where(m => m.ChangeUsd != 0)
            .OrderByDescending(m => Math.Abs(m.ChangeUsd)).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Take(MoversPerDimension).ToList();
    }
}
