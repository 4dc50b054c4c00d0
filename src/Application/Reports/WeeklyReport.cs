using AIntops.Application.Analytics;
using AIntops.Application.Anomalies;
using AIntops.Application.Budgets;
using AIntops.Application.Recommendations;

namespace AIntops.Application.Reports;

/// <summary>An organization's week: spend against the week before, what moved, budgets, anomalies, savings and data quality.</summary>
public sealed record WeeklyReport
{
    /// <summary>The ISO week, e.g. 2026-W49.</summary>
    public required string Week { get; init; }

    /// <summary>Monday 00:00 of the week in the organization's time zone, as UTC.</summary>
    public required DateTime StartUtc { get; init; }

    /// <summary>The next Monday 00:00 in the organization's time zone, as UTC (exclusive).</summary>
    public required DateTime EndUtc { get; init; }

    /// <summary>The organization's IANA time zone the week is taken in.</summary>
    public required string TimeZone { get; init; }

    /// <summary>Blended spend of the week, as the overview shows it for the same range.</summary>
    public required decimal SpendUsd { get; init; }

    public required decimal PreviousSpendUsd { get; init; }
    public required decimal ChangeUsd { get; init; }

    /// <summary>The change as a share of last week's spend; null when last week had none.</summary>
    public required double? ChangeShare { get; init; }

    /// <summary>By provider, model, team and endpointTag: the largest absolute changes first.</summary>
    public required IReadOnlyList<MoverGroup> Movers { get; init; }

    /// <summary>Each budget with its spend to date, state and forecast as of its last evaluation.</summary>
    public required IReadOnlyList<BudgetDto> Budgets { get; init; }

    /// <summary>Anomalies whose hour falls in the week, latest first.</summary>
    public required IReadOnlyList<AnomalyDto> Anomalies { get; init; }

    /// <summary>Open recommendations, largest saving first.</summary>
    public required IReadOnlyList<RecommendationDto> Recommendations { get; init; }

    public required decimal OpenMonthlySavingUsd { get; init; }

    /// <summary>Calls of the week without a known price (their cost is not in the spend).</summary>
    public required long UnpricedRequests { get; init; }

    /// <summary>Billed spend of the week telemetry does not attribute.</summary>
    public required decimal UnattributedUsd { get; init; }

    /// <summary>The tracking-quality score (0 to 100) of the ingest checklist, over the last 7 days.</summary>
    public required int TrackingQualityScore { get; init; }

    /// <summary>When the week's report was last sent to the notification channels; null if never.</summary>
    public required DateTime? SentAt { get; init; }
}

/// <param name="Dimension">provider, model, team or endpointTag.</param>
public sealed record MoverGroup(string Dimension, IReadOnlyList<Mover> Rows);

/// <param name="Label">As the usage explorer shows the key (e.g. "No team").</param>
public sealed record Mover(string Key, string Label, decimal SpendUsd, decimal PreviousSpendUsd, decimal ChangeUsd);
