using AIntops.Application.Common;
using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Recommendations.GenerateRecommendations;

/// <summary>What the recommendations job runs: every organization with real ingested calls in the window.</summary>
public sealed class RecommendationRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RecommendationJobOptions> options)
{
    /// <returns>How many recommendations were created.</returns>
    public Task<int> GenerateAllAsync(CancellationToken cancellationToken)
    {
        var fromMs = (clock.GetUtcNow() - TimeSpan.FromDays(options.Value.WindowDays + 1)).ToUnixTimeMilliseconds();
        return scopes.ForEachOrganizationAsync(
            db => db.UsageDaily.IgnoreQueryFilters().AsNoTracking().Where(r => r.DataMode == DataModes.Real && r.PeriodStartMs >= fromMs)
                .Select(r => r.OrganizationId).Distinct().ToListAsync(cancellationToken),
            async (services, organizationId) =>
                (await services.GetRequiredService<RecommendationGenerator>().RunAsync(organizationId, cancellationToken)).Created,
            cancellationToken);
    }
}
