using AIntops.Application.Recommendations.Generation;

namespace AIntops.Application.Recommendations.GenerateRecommendations;

/// <summary>Runs the recommendations job's work now for the caller's organization.</summary>
public sealed record GenerateRecommendationsCommand : IRequest<GenerationResult>;

public sealed class GenerateRecommendationsHandler(RecommendationGenerator generator, ICurrentUser caller)
    : IRequestHandler<GenerateRecommendationsCommand, GenerationResult>
{
    public async Task<GenerationResult> Handle(GenerateRecommendationsCommand request, CancellationToken cancellationToken)
    {
        try
        {
            return await generator.RunAsync(caller.RequireOrganizationId(), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (organization, fingerprint) index refused a recommendation another run stored at the same moment.
            throw new ConflictException("Recommendations are being generated for this organization right now; try again in a moment.");
        }
    }
}

/// <summary>A provider's history has arrived: its savings can be computed now rather than at the next daily run.</summary>
public sealed class GenerateAfterBackfill(RecommendationGenerator generator) : INotificationHandler<Providers.Sync.ProviderBackfilled>
{
    public Task Handle(Providers.Sync.ProviderBackfilled notification, CancellationToken cancellationToken) =>
        generator.RunAsync(notification.OrganizationId, cancellationToken);
}
