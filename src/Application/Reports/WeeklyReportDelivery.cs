using System.Globalization;
using AIntops.Application.Alerts.Raising;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Reports;

/// <summary>
/// Sends a weekly report as a weekly_report alert: the alert and one outbox row per enabled channel subscribed to the type are written
/// in one SaveChanges, together with whatever the caller has pending (the week's send record); the delivery job sends them.
/// </summary>
public sealed class WeeklyReportDelivery(IAppDbContext db, AlertRaiser alerts)
{
    public const string DedupePrefix = "weekly_report:";

    public Task<RaisedAlert> EnqueueAsync(WeeklyReport report, string dedupeKey, CancellationToken cancellationToken) =>
        alerts.RaiseAsync(new NewAlert(db.CurrentOrganizationId!.Value, AlertTypes.WeeklyReport, AlertSeverity.Info, Title(report), Summary(report),
            dedupeKey, new AlertLinks(ReportWeek: report.Week)), cancellationToken);

    public static string Title(WeeklyReport r) => $"Weekly report {r.Week}: {Usd(r.SpendUsd)} spent ({Change(r)} on the week before)";

    /// <summary>The report in a few lines, for Slack and email.</summary>
    public static string Summary(WeeklyReport r)
    {
        var lines = new List<string>
        {
            $"Spend {Usd(r.SpendUsd)} in {r.Week} ({r.TimeZone}), {Usd(r.PreviousSpendUsd)} the week before: {Change(r)}.",
        };
        var movers = r.Movers.SelectMany(g => g.Rows.Take(1).Select(m => $"{g.Dimension} {m.Label} {Signed(m.ChangeUsd)}")).ToList();
        if (movers.Count > 0) lines.Add($"Top movers: {string.Join("; ", movers)}.");
        var budgets = r.Budgets.Where(b => b.State is "warning" or "critical").ToList();
        lines.Add(r.Budgets.Count == 0 ? "Budgets: none set."
            : budgets.Count == 0 ? $"Budgets: all {r.Budgets.Count} ok."
            : $"Budgets: {string.Join("; ", budgets.Select(b => $"{b.Name} {b.State} ({b.PercentUsed.ToString("0.#", CultureInfo.InvariantCulture)}% used{(b.ForecastUsd is { } f ? $", forecast {Usd(f)}" : "")})"))}.");
        lines.Add($"Anomalies this week: {r.Anomalies.Count}.");
        lines.Add($"Open recommendations: {r.Recommendations.Count}, saving {Usd(r.OpenMonthlySavingUsd)} a month.");
        lines.Add($"Unpriced calls: {r.UnpricedRequests}. Unattributed spend: {Usd(r.UnattributedUsd)}. Tracking quality: {r.TrackingQualityScore}/100.");
        return string.Join('\n', lines);
    }

    private static string Change(WeeklyReport r) =>
        r.ChangeShare is { } share ? $"{Signed(r.ChangeUsd)}, {(share >= 0 ? "+" : "")}{share.ToString("P1", CultureInfo.InvariantCulture)}" : Signed(r.ChangeUsd);

    private static string Signed(decimal usd) => (usd >= 0 ? "+" : "−") + Usd(Math.Abs(usd));

    private static string Usd(decimal usd) => usd.ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
