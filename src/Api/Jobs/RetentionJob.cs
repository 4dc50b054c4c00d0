using AIntops.Application.Retention;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Applies every organization's retention (daily by default).</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionEnforcer enforcer) : IJob
{
    public static readonly JobKey Key = new("retention", "data");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await enforcer.EnforceAllAsync(cancellationToken);
}
