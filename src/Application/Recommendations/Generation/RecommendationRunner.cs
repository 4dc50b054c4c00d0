using AIntops.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Recommendations.Generation;

/// <summary>What the recommendations job runs: every organization with real ingested calls in the window.</summary>
public sealed class RecommendationRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RecommendationJobOptions> options,
    ILogger<RecommendationRunner> logger)
{
    /// <returns>How many recommendations were created, and the organizations whose run failed.</returns>
    public Task<TenantRun> GenerateAllAsync(CancellationToken cancellationToken) =>
        scopes.ForEachOrganizationWithRealDataAsync((clock.GetUtcNow() - TimeSpan.FromDays(options.Value.WindowDays)).ToUnixTimeMilliseconds(),
            async (services, organizationId) => (await services.GetRequiredService<RecommendationGenerator>().RunAsync(organizationId, cancellationToken)).Created,
            logger, cancellationToken);
}
