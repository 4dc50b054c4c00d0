using AIntops.Application.Common.Validation;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.Domain.Insights;

namespace AIntops.Application.Recommendations.ListRecommendations;

/// <param name="Status">open (default), dismissed, applied or all.</param>
/// <param name="Type">Only recommendations of this type.</param>
public sealed record ListRecommendationsQuery(
    [OneOf(typeof(RecommendationNames), nameof(RecommendationNames.Filters))] string Status = "open",
    [OneOf(typeof(RecommendationTypes), nameof(RecommendationTypes.All))] string? Type = null) : IRequest<RecommendationList>;

/// <param name="Items">Largest saving first.</param>
/// <param name="OpenMonthlySavingUsd">The monthly savings of every open recommendation (of the type, if given) added up.</param>
public sealed record RecommendationList(IReadOnlyList<RecommendationDto> Items, decimal OpenMonthlySavingUsd);

public sealed class ListRecommendationsValidator : AbstractValidator<ListRecommendationsQuery>
{
    public ListRecommendationsValidator()
    {
        RuleFor(q => q.Status).NotNull().OneOf(RecommendationNames.Filters, "status");
        RuleFor(q => q.Type).OneOf(RecommendationTypes.All, "type");
    }
}

public sealed class ListRecommendationsHandler(IAppDbContext db) : IRequestHandler<ListRecommendationsQuery, RecommendationList>
{
    public async Task<RecommendationList> Handle(ListRecommendationsQuery request, CancellationToken cancellationToken)
    {
        var ofType = db.Recommendations.AsNoTracking();
        if (request.Type is { } type) ofType = ofType.Where(r => r.Type == type);
        var listed = RecommendationNames.ParseStatus(request.Status) is { } status ? ofType.Where(r => r.Status == status) : ofType;
        var rows = await listed.OrderByDescending(r => r.SavingNanoUsd).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var openMonthly = await ofType.Where(r => r.Status == RecommendationStatus.Open && r.SavingBasis == SavingBasis.Monthly)
            .SumAsync(r => r.SavingNanoUsd, cancellationToken);
        return new RecommendationList(rows.Select(RecommendationDto.Of).ToList(), NanoUsd.ToUsd(openMonthly));
    }
}
