using AIntops.Application.Common;
using AIntops.Domain.Notifications;
using AIntops.Domain.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Reports;

/// <summary>
/// What the weekly report job runs: for each organization with a channel subscribed to weekly_report whose local Monday
/// <see cref="ReportWeek.SendHour"/>:00 has passed, the last complete week's report, once. The week's send record has a unique
/// (organization, week) key and is written in the same transaction as the outbox rows: of several instances, the one whose insert
/// loses sees the unique violation and sends nothing.
/// </summary>
public sealed class WeeklyReportSchedule(IServiceScopeFactory scopes, ILogger<WeeklyReportSchedule> logger)
{
    /// <returns>How many organizations' reports were enqueued, and the organizations whose report failed.</returns>
    public Task<TenantRun> SendDueAsync(CancellationToken cancellationToken) =>
        scopes.ForEachAsync(
            async db => (await db.NotificationChannels.IgnoreQueryFilters().AsNoTracking()
                    .Where(c => c.Enabled && c.AlertTypes.Contains(AlertTypes.WeeklyReport))
                    .Select(c => c.OrganizationId).Distinct().ToListAsync(cancellationToken))
                .Order().Select(id => new TenantItem(id)).ToList(),
            (services, item) => SendDueAsync(services, item.OrganizationId, cancellationToken), logger, cancellationToken);

    private static async Task<int> SendDueAsync(IServiceProvider services, Guid organizationId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var builder = services.GetRequiredService<WeeklyReportBuilder>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var zone = await builder.ZoneAsync(cancellationToken);
        var week = ReportWeek.LastComplete(now, zone);
        var name = week.ToString();
        if (now < week.DueUtc(zone) || await db.WeeklyReportSends.AnyAsync(s => s.Week == name, cancellationToken)) return 0;

        var report = await builder.BuildAsync(week, zone, cancellationToken);
        db.WeeklyReportSends.Add(new WeeklyReportSend(organizationId, name, now));
        try
        {
            return (await services.GetRequiredService<WeeklyReportDelivery>()
                .EnqueueAsync(report with { SentAt = now }, WeeklyReportDelivery.DedupePrefix + name, cancellationToken)).Created ? 1 : 0;
        }
        catch (DbUpdateException)
        {
            // The unique (organization, week) key: another instance claimed the week first and sends it. Any other failure is one.
            if (await db.WeeklyReportSends.AsNoTracking().AnyAsync(s => s.Week == name, cancellationToken)) return 0;
            throw;
        }
    }
}
