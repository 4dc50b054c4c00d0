using System.Globalization;
using AIntops.Application.Alerts.Raising;
using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Ingest;
using AIntops.Domain.Insights;
using AIntops.Domain.Notifications;
using Microsoft.Extensions.Options;
using static AIntops.Application.Recommendations.Savings.UsageEvidence;

namespace AIntops.Application.Anomalies.Scanning;

/// <param name="HourUtc">The hour judged: the latest complete UTC hour.</param>
/// <param name="ScopesTested">How many scopes were judged (0 when the hour already has its anomaly).</param>
/// <param name="Created">The anomaly recorded by this run, if any.</param>
public sealed record AnomalyScanResult(DateTime HourUtc, int ScopesTested, AnomalyDto? Created);

/// <param name="FromUtc">The first hour judged.</param>
/// <param name="ToUtc">The end of the last hour judged (the latest complete hour).</param>
/// <param name="HoursJudged">Hours that had no anomaly yet and were judged.</param>
/// <param name="Recorded">The anomalies recorded, oldest first.</param>
public sealed record AnomalyHistoryResult(DateTime FromUtc, DateTime ToUtc, int HoursJudged, IReadOnlyList<AnomalyDto> Recorded);

/// <summary>
/// Judges the latest complete hour of one organization (the caller sets the tenant) and records at most one anomaly per hour:
/// the organization as a whole first; only when it is quiet, its biggest providers, models and teams of the hour, of which the
/// one with the largest excess is kept. A new anomaly raises an anomaly alert and, when its driver model has a cheaper
/// substitute for the spike's tokens, a model substitution recommendation.
/// </summary>
public sealed class AnomalyScan(IAppDbContext db, AnomalySpendReader spend, RecommendationStore recommendations, OrganizationPrices prices,
    ModelEquivalences equivalences, AlertRaiser alerts, TimeProvider clock, IOptions<AnomalyDetectionJobOptions> options)
{
    private AnomalyDetectionOptions Detector => options.Value.Detector;

    public async Task<AnomalyScanResult> RunAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = HourlySeries.FloorToHour(now).AddHours(-1);
        if (await db.Anomalies.AnyAsync(a => a.WindowStartUtc == hour, cancellationToken)) return new AnomalyScanResult(hour, 0, null);

        var (hourMs, fromMs) = (Ms(hour), Ms(hour.AddDays(-7 * (Detector.BaselineWeeks + 1))));
        var detector = new SpendAnomalyDetector(Detector);
        var organization = new AnomalyScope(organizationId);
        var tested = 1;
        var found = detector.Detect(new AnomalyCheck(organization, hour, await spend.SeriesAsync(organization, fromMs, hourMs + UsageRollups.HourMs, cancellationToken)));
        if (found is null)
            foreach (var scope in await NarrowerScopesAsync(organizationId, hourMs, hourMs + UsageRollups.HourMs, cancellationToken))
            {
                tested++;
                var series = await spend.SeriesAsync(scope, fromMs, hourMs + UsageRollups.HourMs, cancellationToken);
                if (detector.Detect(new AnomalyCheck(scope, hour, series)) is { } candidate && (found is null || candidate.ExcessNanoUsd > found.ExcessNanoUsd))
                    found = candidate;
            }
        if (found is null) return new AnomalyScanResult(hour, tested, null);

        var breakdowns = await spend.BreakdownsAsync(found.Scope, hourMs, fromMs, cancellationToken);
        var anomaly = detector.Detect(new AnomalyCheck(found.Scope, hour, await spend.SeriesAsync(found.Scope, fromMs, hourMs + UsageRollups.HourMs,
            cancellationToken), breakdowns))!;
        if (await RecordAsync(organizationId, anomaly, now, cancellationToken) is not { } row) return new AnomalyScanResult(hour, tested, null);
        var recommendation = await RecommendSubstituteAsync(row, anomaly, hourMs, cancellationToken);
        await RaiseAlertAsync(row, recommendation, cancellationToken);
        return new AnomalyScanResult(hour, tested, AnomalyDto.Of(row));
    }

    /// <summary>
    /// Judges every hour of the last <paramref name="days"/> days that has no anomaly yet, as <see cref="RunAsync"/> judges one: after a
    /// provider's backfill and on demand, so spikes in the synced history show at once. Each scope's series is read once. Anomalies
    /// are recorded with their time and driver; only those of the last day raise an alert, so a backfill does not flood the inbox.
    /// </summary>
    public async Task<AnomalyHistoryResult> ScanHistoryAsync(Guid organizationId, int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var last = HourlySeries.FloorToHour(now).AddHours(-1);
        var first = last.AddDays(-days).AddHours(1);
        var (firstMs, endMs) = (Ms(first), Ms(last) + UsageRollups.HourMs);
        var baselineFromMs = Ms(first.AddDays(-7 * (Detector.BaselineWeeks + 1)));
        var judged = (await db.Anomalies.Where(a => a.WindowStartUtc >= first).Select(a => a.WindowStartUtc).ToListAsync(cancellationToken)).ToHashSet();
        var scopes = new List<AnomalyScope> { new(organizationId) };
        scopes.AddRange(await NarrowerScopesAsync(organizationId, firstMs, endMs, cancellationToken));
        var series = new Dictionary<AnomalyScope, List<Detection.HourlySpend>>();
        foreach (var scope in scopes) series[scope] = await spend.SeriesAsync(scope, baselineFromMs, endMs, cancellationToken);

        var detector = new SpendAnomalyDetector(Detector);
        var recorded = new List<AnomalyDto>();
        var hours = 0;
        for (var hour = first; hour <= last; hour = hour.AddHours(1))
        {
            if (judged.Contains(hour)) continue;
            hours++;
            var checks = scopes.Select(scope => detector.Detect(new AnomalyCheck(scope, hour, series[scope]))).ToList();
            var found = checks[0] ?? checks.Skip(1).Where(c => c is not null).MaxBy(c => c!.ExcessNanoUsd);
            if (found is null) continue;
            var hourMs = Ms(hour);
            var fromMs = Ms(hour.AddDays(-7 * (Detector.BaselineWeeks + 1)));
            var anomaly = detector.Detect(new AnomalyCheck(found.Scope, hour, series[found.Scope],
                await spend.BreakdownsAsync(found.Scope, hourMs, fromMs, cancellationToken)))!;
            if (await RecordAsync(organizationId, anomaly, now, cancellationToken) is not { } row) continue;
            var recommendation = await RecommendSubstituteAsync(row, anomaly, hourMs, cancellationToken);
            if (hour >= now.AddDays(-1)) await RaiseAlertAsync(row, recommendation, cancellationToken);
            recorded.Add(AnomalyDto.Of(row));
        }
        return new AnomalyHistoryResult(first, last.AddHours(1), hours, recorded);
    }

    /// <summary>The providers, models and teams that spent enough in [from, to) to be flagged at all, the biggest of each dimension.</summary>
    private async Task<List<AnomalyScope>> NarrowerScopesAsync(Guid organizationId, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        var scopes = new List<AnomalyScope>();
        var max = options.Value.MaxScopesPerDimension;
        foreach (var provider in await spend.SpendersAsync(organizationId, "provider", fromMs, toMs, Detector.MinimumHourSpendNanoUsd, max, cancellationToken))
            scopes.Add(new AnomalyScope(organizationId, Provider: provider));
        foreach (var model in await spend.SpendersAsync(organizationId, "model", fromMs, toMs, Detector.MinimumHourSpendNanoUsd, max, cancellationToken))
            scopes.Add(new AnomalyScope(organizationId, Model: model));
        foreach (var team in await spend.SpendersAsync(organizationId, "team", fromMs, toMs, Detector.MinimumHourSpendNanoUsd, max, cancellationToken))
            scopes.Add(new AnomalyScope(organizationId, Team: team));
        return scopes;
    }

    /// <returns>Null when another run recorded this scope and hour first.</returns>
    private async Task<Anomaly?> RecordAsync(Guid organizationId, SpendAnomaly anomaly, DateTime now, CancellationToken cancellationToken)
    {
        var (kind, value) = anomaly.Scope switch
        {
            { Provider: { } provider } => (AnomalyScopeKinds.Provider, provider),
            { Model: { } model } => (AnomalyScopeKinds.Model, model),
            { Team: { } team } => (AnomalyScopeKinds.Team, team),
            _ => (AnomalyScopeKinds.Organization, ""),
        };
        var driver = anomaly.Driver is { } d ? new AnomalyDriverValue(d.Dimension, d.Value, d.ObservedNanoUsd, d.ExpectedNanoUsd, d.ShareOfExcess) : null;
        var row = new Anomaly(organizationId, kind, value, anomaly.WindowStartUtc, anomaly.WindowEndUtc, anomaly.ObservedNanoUsd, anomaly.ExpectedNanoUsd,
            anomaly.ZScore, driver, now);
        db.Anomalies.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row;
        }
        catch (DbUpdateException)
        {
            // Another run (the job or "detect now") recorded the scope's hour first: the unique index kept one.
            db.Anomalies.Remove(row);
            if (await db.Anomalies.AsNoTracking().AnyAsync(a => a.ScopeKind == kind && a.ScopeValue == value && a.WindowStartUtc == anomaly.WindowStartUtc,
                    cancellationToken)) return null;
            throw;
        }
    }

    private async Task<Recommendation?> RecommendSubstituteAsync(Anomaly row, SpendAnomaly anomaly, long hourMs, CancellationToken cancellationToken)
    {
        var model = anomaly.Scope.Model ?? anomaly.TopDriverByDimension.FirstOrDefault(d => d.Dimension == DriverDimensions.Model)?.Value;
        if (string.IsNullOrEmpty(model)) return null;
        var (requests, tokens) = await spend.ModelCallsAsync(anomaly.Scope, model, hourMs, cancellationToken);
        var context = new SavingsContext(await prices.LoadAsync(db, cancellationToken), equivalences, anomaly.WindowStartUtc, new SavingsOptions());
        if (requests == 0 || SpikeSubstitution.Quote(context, model, requests, tokens) is not { } quote) return null;
        var (recommendation, _) = recommendations.Upsert(row.OrganizationId, SpikeRecommendation.For(row, requests, tokens, quote), null,
            SavingBasis.Anomaly, row.Id);
        row.Recommend(recommendation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return recommendation;
    }

    private Task RaiseAlertAsync(Anomaly row, Recommendation? recommendation, CancellationToken cancellationToken)
    {
        var scope = row.ScopeKind == AnomalyScopeKinds.Organization ? "the organization" : $"{row.ScopeKind} {row.ScopeValue}";
        var driver = row.DriverDimension is { } dimension
            ? $" Driven by {dimension} {(row.DriverValue is { Length: > 0 } v ? v : "(none)")}: {Usd(row.DriverObservedNanoUsd ?? 0)} against an expected {Usd(row.DriverExpectedNanoUsd ?? 0)}."
            : "";
        var substitution = recommendation is null ? "" : $" {recommendation.Title}: {Usd(recommendation.SavingNanoUsd)} less for that hour.";
        return alerts.RaiseAsync(new NewAlert(row.OrganizationId, AlertTypes.Anomaly, AlertSeverity.Warning,
            $"Spend spike on {scope} at {row.WindowStartUtc:yyyy-MM-dd HH:00} UTC",
            $"{Usd(row.ObservedNanoUsd)} spent in the hour against an expected {Usd(row.ExpectedNanoUsd)} (z = {row.ZScore.ToString("0.0", CultureInfo.InvariantCulture)}).{driver}{substitution}",
            $"{AlertTypes.Anomaly}:{row.Id:N}", new AlertLinks(AnomalyId: row.Id, RecommendationId: recommendation?.Id)), cancellationToken);
    }

    private static long Ms(DateTime utc) => new DateTimeOffset(utc).ToUnixTimeMilliseconds();
}
