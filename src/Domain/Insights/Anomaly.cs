namespace AIntops.Domain.Insights;

/// <summary>
/// An hour whose spend rose far above its seasonal baseline, for one scope of an organization. One per
/// (organization, scope, window start): detecting the same hour again finds the row already there.
/// </summary>
public sealed class Anomaly : IOrganizationScoped
{
    private Anomaly() { }

    public Anomaly(Guid organizationId, string scopeKind, string scopeValue, DateTime windowStartUtc, DateTime windowEndUtc, long observedNanoUsd,
        long expectedNanoUsd, double zScore, AnomalyDriverValue? driver, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        ScopeKind = scopeKind;
        ScopeValue = scopeValue;
        WindowStartUtc = windowStartUtc;
        WindowEndUtc = windowEndUtc;
        ObservedNanoUsd = observedNanoUsd;
        ExpectedNanoUsd = expectedNanoUsd;
        ZScore = zScore;
        DriverDimension = driver?.Dimension;
        DriverValue = driver?.Value;
        DriverObservedNanoUsd = driver?.ObservedNanoUsd;
        DriverExpectedNanoUsd = driver?.ExpectedNanoUsd;
        DriverShareOfExcess = driver?.ShareOfExcess;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>organization, provider, model or team (<see cref="AnomalyScopeKinds"/>).</summary>
    public string ScopeKind { get; private set; } = "";
    /// <summary>The provider, model or team; empty for the whole organization.</summary>
    public string ScopeValue { get; private set; } = "";
    public DateTime WindowStartUtc { get; private set; }
    public DateTime WindowEndUtc { get; private set; }
    public long ObservedNanoUsd { get; private set; }
    public long ExpectedNanoUsd { get; private set; }
    public double ZScore { get; private set; }
    public string? DriverDimension { get; private set; }
    public string? DriverValue { get; private set; }
    public long? DriverObservedNanoUsd { get; private set; }
    public long? DriverExpectedNanoUsd { get; private set; }
    public double? DriverShareOfExcess { get; private set; }
    public DateTime CreatedAt { get; private set; }
    /// <summary>The model substitution recommended for the spike, when a cheaper substitute exists.</summary>
    public Guid? RecommendationId { get; private set; }

    public void Recommend(Guid recommendationId) => RecommendationId = recommendationId;
}

public sealed record AnomalyDriverValue(string Dimension, string Value, long ObservedNanoUsd, long ExpectedNanoUsd, double ShareOfExcess);

public static class AnomalyScopeKinds
{
    public const string Organization = "organization";
    public const string Provider = "provider";
    public const string Model = "model";
    public const string Team = "team";

    public static readonly IReadOnlyList<string> All = [Organization, Provider, Model, Team];
}
