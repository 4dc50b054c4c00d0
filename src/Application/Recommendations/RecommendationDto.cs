using System.Text.Json;
using AIntops.Application.Common.Exceptions;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Insights;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Recommendations;

/// <param name="Type">model_downgrade, prompt_compression, caching, provider_switch or model_substitution.</param>
/// <param name="Status">open, dismissed or applied.</param>
/// <param name="SavingUsd">Per 30-day month (savingBasis monthly), or on the calls of the anomaly it came from (savingBasis anomaly).</param>
/// <param name="SavingBasis">monthly or anomaly.</param>
/// <param name="MonthlySavingUsd">The saving per 30-day month; null for a one-off anomaly saving.</param>
/// <param name="Evidence">The figures the saving was computed from, as name/value rows.</param>
/// <param name="UpdatedAt">When a run last refreshed its figures or its status changed.</param>
public sealed record RecommendationDto(
    Guid Id, string Type, string Title, string Explanation, decimal SavingUsd, string SavingBasis, decimal? MonthlySavingUsd, string Status,
    IReadOnlyList<EvidenceRow> Evidence, Guid? AnomalyId, DateTime CreatedAt, DateTime UpdatedAt, Guid? StatusChangedByUserId, DateTime? StatusChangedAt)
{
    public static RecommendationDto Of(Recommendation r) => new(r.Id, r.Type, r.Title, r.Explanation, NanoUsd.ToUsd(r.SavingNanoUsd),
        RecommendationNames.Name(r.SavingBasis), r.SavingBasis == Domain.Insights.SavingBasis.Monthly ? NanoUsd.ToUsd(r.SavingNanoUsd) : null,
        RecommendationNames.Name(r.Status), JsonSerializer.Deserialize<List<EvidenceRow>>(r.EvidenceJson, RecommendationStore.Json) ?? [],
        r.AnomalyId, r.CreatedAt, r.UpdatedAt, r.StatusChangedByUserId, r.StatusChangedAt);
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
