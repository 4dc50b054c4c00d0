using AIntops.Application.Recommendations.Generation;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Runs the savings calculators for every organization with ingested calls (daily by default).</summary>
[DisallowConcurrentExecution]
public sealed class RecommendationsJob(RecommendationRunner runner) : IJob
{
    public static readonly JobKey Key = new("recommendations", "insights");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await runner.GenerateAllAsync(cancellationToken);
}
