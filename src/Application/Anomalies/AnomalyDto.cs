using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Domain.Insights;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Anomalies;

/// <param name="ScopeKind">organization, provider, model or team.</param>
/// <param name="ScopeValue">The provider, model or team; empty for the whole organization.</param>
/// <param name="ZScore">(observed − expected) / the baseline's robust spread.</param>
/// <param name="Driver">The team, model, endpointTag or promptVersion whose rise explains most of the excess.</param>
/// <param name="RecommendationId">The model substitution recommended for the spike, if a cheaper substitute exists.</param>
public sealed record AnomalyDto(
    Guid Id, string ScopeKind, string ScopeValue, DateTime WindowStart, DateTime WindowEnd, decimal ObservedUsd, decimal ExpectedUsd, decimal ExcessUsd,
    double ZScore, AnomalyDriverDto? Driver, DateTime CreatedAt, Guid? RecommendationId)
{
    public static AnomalyDto Of(Anomaly a) => new(a.Id, a.ScopeKind, a.ScopeValue, a.WindowStartUtc, a.WindowEndUtc, NanoUsd.ToUsd(a.ObservedNanoUsd),
        NanoUsd.ToUsd(a.ExpectedNanoUsd), NanoUsd.ToUsd(a.ObservedNanoUsd - a.ExpectedNanoUsd), Math.Round(a.ZScore, 2),
        a.DriverDimension is { } dimension
            ? new AnomalyDriverDto(dimension, a.DriverValue ?? "", NanoUsd.ToUsd(a.DriverObservedNanoUsd ?? 0), NanoUsd.ToUsd(a.DriverExpectedNanoUsd ?? 0),
                Math.Round(a.DriverShareOfExcess ?? 0, 4))
            : null,
        a.CreatedAt, a.RecommendationId);
}

/// <param name="Dimension">team, model, endpointTag or promptVersion.</param>
/// <param name="Value">The dimension's value; empty for calls without one.</param>
/// <param name="ExpectedUsd">The hour's expected spend × this value's share of the baseline.</param>
/// <param name="ShareOfExcess">Its rise over the whole excess (above 1 when other values fell).</param>
public sealed record AnomalyDriverDto(string Dimension, string Value, decimal ObservedUsd, decimal ExpectedUsd, double ShareOfExcess);

public static class AnomalyReads
{
    public static async Task<Anomaly> FindAnomalyAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Anomalies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("No anomaly with that id in this organization.");
}
