using AIntops.Application.Pricing;
using AIntops.Domain.Insights;

namespace AIntops.Application.Anomalies;

public sealed record AnomalyDto
{
    public required Guid Id { get; init; }

    /// <summary>organization, provider, model or team.</summary>
    public required string ScopeKind { get; init; }

    /// <summary>The provider, model or team; empty for the whole organization.</summary>
    public required string ScopeValue { get; init; }

    public required DateTime WindowStart { get; init; }
    public required DateTime WindowEnd { get; init; }
    public required decimal ObservedUsd { get; init; }
    public required decimal ExpectedUsd { get; init; }
    public required decimal ExcessUsd { get; init; }

    /// <summary>(observed − expected) / the baseline's robust spread.</summary>
    public required double ZScore { get; init; }

    // Not required: OpenAPI 3.0 cannot mark a required $ref as nullable, so generated clients would reject the null.
    /// <summary>The team, model, endpointTag or promptVersion whose rise explains most of the excess.</summary>
    public AnomalyDriverDto? Driver { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>The model substitution recommended for the spike, if a cheaper substitute exists.</summary>
    public required Guid? RecommendationId { get; init; }

    public static AnomalyDto Of(Anomaly a) => new()
    {
        Id = a.Id,
        ScopeKind = a.ScopeKind,
        ScopeValue = a.ScopeValue,
        WindowStart = a.WindowStartUtc,
        WindowEnd = a.WindowEndUtc,
        ObservedUsd = NanoUsd.ToUsd(a.ObservedNanoUsd),
        ExpectedUsd = NanoUsd.ToUsd(a.ExpectedNanoUsd),
        ExcessUsd = NanoUsd.ToUsd(a.ObservedNanoUsd - a.ExpectedNanoUsd),
        ZScore = Math.Round(a.ZScore, 2),
        Driver = a.DriverDimension is { } dimension
            ? new AnomalyDriverDto(dimension, a.DriverValue ?? "", NanoUsd.ToUsd(a.DriverObservedNanoUsd ?? 0), NanoUsd.ToUsd(a.DriverExpectedNanoUsd ?? 0),
                Math.Round(a.DriverShareOfExcess ?? 0, 4))
            : null,
        CreatedAt = a.CreatedAt,
        RecommendationId = a.RecommendationId,
    };
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
