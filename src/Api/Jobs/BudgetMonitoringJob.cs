using AIntops.Application.Budgets.Evaluation;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Evaluates every organization's budgets and raises their alerts (every 30 minutes by default).</summary>
[DisallowConcurrentExecution]
public sealed class BudgetMonitoringJob(BudgetMonitor monitor) : IJob
{
    public static readonly JobKey Key = new("budget-monitoring", "budgets");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await monitor.EvaluateAllAsync(cancellationToken);
}
