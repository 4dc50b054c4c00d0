using System.Text.Json;
using AIntops.Application.Alerts.Raising;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Insights;
using AIntops.Domain.Notifications;

namespace AIntops.Application.Recommendations;

public enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>
/// Turns calculated candidates into stored recommendations, keyed by fingerprint: a new one is added open, an open one gets
/// the new figures, a dismissed or applied one is left alone. The caller saves.
/// </summary>
public sealed class RecommendationStore(IAppDbContext db, AlertRaiser alerts, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public (Recommendation Row, UpsertOutcome Outcome) Upsert(Guid organizationId, SavingsRecommendation candidate, Recommendation? existing,
        SavingBasis basis = SavingBasis.Monthly, Guid? anomalyId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var figures = new RecommendationFigures(candidate.Title, candidate.Explanation, JsonSerializer.Serialize(candidate.Evidence, Json),
            candidate.MonthlySavingNanoUsd);
        if (existing is not null) return (existing, existing.Refresh(figures, now) ? UpsertOutcome.Updated : UpsertOutcome.Unchanged);
        var row = new Recommendation(organizationId, candidate.Type, candidate.Fingerprint, figures, basis, anomalyId, now);
        db.Recommendations.Add(row);
        return (row, UpsertOutcome.Created);
    }

    /// <summary>The recommendation alert of a new recommendation, once per recommendation.</summary>
    public Task RaiseAlertAsync(Recommendation recommendation, CancellationToken cancellationToken) =>
        alerts.RaiseAsync(new NewAlert(recommendation.OrganizationId, AlertTypes.Recommendation, AlertSeverity.Info, recommendation.Title,
            recommendation.Explanation, $"{AlertTypes.Recommendation}:{recommendation.Id:N}", new AlertLinks(RecommendationId: recommendation.Id)),
            cancellationToken);
}
