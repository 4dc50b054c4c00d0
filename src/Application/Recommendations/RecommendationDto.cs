using System.Text.Json;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Insights;

namespace AIntops.Application.Recommendations;

public sealed record RecommendationDto
{
    public required Guid Id { get; init; }

    /// <summary>model_downgrade, prompt_compression, caching, provider_switch or model_substitution.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }
    public required string Explanation { get; init; }

    /// <summary>Per 30-day month (savingBasis monthly), or on the calls of the anomaly it came from (savingBasis anomaly).</summary>
    public required decimal SavingUsd { get; init; }

    /// <summary>monthly or anomaly.</summary>
    public required string SavingBasis { get; init; }

    /// <summary>The saving per 30-day month; null for a one-off anomaly saving.</summary>
    public required decimal? MonthlySavingUsd { get; init; }

    /// <summary>open, dismissed or applied.</summary>
    public required string Status { get; init; }

    /// <summary>The figures the saving was computed from, as name/value rows.</summary>
    public required IReadOnlyList<EvidenceRow> Evidence { get; init; }

    public required Guid? AnomalyId { get; init; }
    public required DateTime CreatedAt { get; init; }

    /// <summary>When a run last refreshed its figures or its status changed.</summary>
    public required DateTime UpdatedAt { get; init; }

    public required Guid? StatusChangedByUserId { get; init; }
    public required DateTime? StatusChangedAt { get; init; }

    public static RecommendationDto Of(Recommendation r) => new()
    {
        Id = r.Id,
        Type = r.Type,
        Title = r.Title,
        Explanation = r.Explanation,
        SavingUsd = NanoUsd.ToUsd(r.SavingNanoUsd),
        SavingBasis = RecommendationNames.Name(r.SavingBasis),
        MonthlySavingUsd = r.SavingBasis == Domain.Insights.SavingBasis.Monthly ? NanoUsd.ToUsd(r.SavingNanoUsd) : null,
        Status = RecommendationNames.Name(r.Status),
        Evidence = JsonSerializer.Deserialize<List<EvidenceRow>>(r.EvidenceJson, RecommendationStore.Json) ?? [],
        AnomalyId = r.AnomalyId,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        StatusChangedByUserId = r.StatusChangedByUserId,
        StatusChangedAt = r.StatusChangedAt,
    };
}

public static class RecommendationNames
{
    public const string All = "all";
    public static readonly IReadOnlyList<string> Statuses = Enum.GetValues<RecommendationStatus>().Select(Name).ToList();

    /// <summary>What a listing may filter on: one status or all of them.</summary>
    public static readonly IReadOnlyList<string> Filters = [.. Statuses, All];

    public static string Name(RecommendationStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(SavingBasis basis) => basis.ToString().ToLowerInvariant();

    public static RecommendationStatus? ParseStatus(string? name) =>
        Enum.GetValues<RecommendationStatus>().Select(s => (RecommendationStatus?)s).FirstOrDefault(s => Name(s!.Value) == name);
}

public static class RecommendationReads
{
    public static async Task<Recommendation> FindRecommendationAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("No recommendation with that id in this organization.");
}
