namespace AIntops.Application.Recommendations.GetRecommendation;

public sealed record GetRecommendationQuery(Guid Id) : IRequest<RecommendationDto>;

public sealed class GetRecommendationHandler(IAppDbContext db) : IRequestHandler<GetRecommendationQuery, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(GetRecommendationQuery request, CancellationToken cancellationToken) =>
        RecommendationDto.Of(await db.FindRecommendationAsync(request.Id, cancellationToken));
}
