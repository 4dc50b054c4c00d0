namespace AIntops.Domain.Insights;

/// <summary>
/// A way to spend less, with its saving and evidence. One per (organization, fingerprint): a later run
/// refreshes the figures of an open one and leaves a dismissed or applied one as it is.
/// </summary>
public sealed class Recommendation : IOrganizationScoped
{
    private Recommendation() { }

    public Recommendation(Guid organizationId, string type, string fingerprint, RecommendationFigures figures, SavingBasis basis, Guid? anomalyId,
        DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Type = type;
        Fingerprint = fingerprint;
        SavingBasis = basis;
        AnomalyId = anomalyId;
        Status = RecommendationStatus.Open;
        CreatedAt = createdAt;
        Set(figures, createdAt);
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Type { get; private set; } = "";
    public string Fingerprint { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    /// <summary>A JSON array of { name, value } rows.</summary>
    public string EvidenceJson { get; private set; } = "[]";
    /// <summary>Per 30-day month, or on the anomaly's calls (<see cref="SavingBasis"/>).</summary>
    public long SavingNanoUsd { get; private set; }
    public SavingBasis SavingBasis { get; private set; }
    public Guid? AnomalyId { get; private set; }
    public RecommendationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public Guid? StatusChangedByUserId { get; private set; }
    public DateTime? StatusChangedAt { get; private set; }

    /// <summary>New figures from a later run count only while the recommendation is open.</summary>
    /// <returns>Whether anything changed.</returns>
    public bool Refresh(RecommendationFigures figures, DateTime now)
    {
        if (Status != RecommendationStatus.Open || figures == Figures) return false;
        Set(figures, now);
        return true;
    }

    /// <summary>Setting the status it already has changes nothing (the first change stands).</summary>
    public void ChangeStatus(RecommendationStatus status, Guid userId, DateTime now)
    {
        if (status == RecommendationStatus.Open) throw new DomainRuleException("A recommendation cannot be reopened.");
        if (Status == status) return;
        Status = status;
        StatusChangedByUserId = userId;
        StatusChangedAt = now;
        UpdatedAt = now;
    }

    private RecommendationFigures Figures => new(Title, Explanation, EvidenceJson, SavingNanoUsd);

    private void Set(RecommendationFigures figures, DateTime now)
    {
        Title = Truncate(figures.Title, RecommendationLimits.TitleMaxLength);
        Explanation = Truncate(figures.Explanation, RecommendationLimits.ExplanationMaxLength);
        EvidenceJson = figures.EvidenceJson;
        SavingNanoUsd = figures.SavingNanoUsd;
        UpdatedAt = now;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

public sealed record RecommendationFigures(string Title, string Explanation, string EvidenceJson, long SavingNanoUsd);

public enum RecommendationStatus
{
    Open,
    Dismissed,
    Applied,
}

/// <summary>What a saving is measured over: a 30-day month of the recent traffic, or the calls of one anomaly.</summary>
public enum SavingBasis
{
    Monthly,
    Anomaly,
}

public static class RecommendationLimits
{
    public const int FingerprintMaxLength = 500;
    public const int TitleMaxLength = 300;
    public const int ExplanationMaxLength = 4000;
}
