using AIntops.Application.Budgets.Evaluation;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Jobs;

/// <summary>
/// On every instance, every <see cref="BudgetMonitoringOptions.WatchInterval"/>: evaluates the budgets of the organizations whose
/// spend this instance took in since (<see cref="SpendWatch"/>). Not a clustered job: each instance watches its own ingest.
/// </summary>
public sealed class BudgetWatch(BudgetMonitor monitor, IOptions<BudgetMonitoringOptions> options, ILogger<BudgetWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WatchInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await monitor.EvaluateMarkedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The budget watch failed; the next tick and the monitoring job evaluate again");
            }
        }
    }
}
