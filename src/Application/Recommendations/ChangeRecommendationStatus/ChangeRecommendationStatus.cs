using AIntops.Domain.Insights;

namespace AIntops.Application.Recommendations.ChangeRecommendationStatus;

/// <summary>Dismisses or applies a recommendation; doing it again changes nothing. Later runs never reopen it.</summary>
public sealed record ChangeRecommendationStatusCommand(Guid Id, RecommendationStatus Status) : IRequest<RecommendationDto>;

public sealed class ChangeRecommendationStatusHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<ChangeRecommendationStatusCommand, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(ChangeRecommendationStatusCommand request, CancellationToken cancellationToken)
    {
        var recommendation = await db.FindRecommendationAsync(request.Id, cancellationToken);
        recommendation.ChangeStatus(request.Status, caller.RequireUserId(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return RecommendationDto.Of(recommendation);
    }
}
