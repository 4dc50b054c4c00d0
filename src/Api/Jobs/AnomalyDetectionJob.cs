using AIntops.Application.Anomalies.Scanning;
using Quartz;

namespace AIntops.Api.Jobs;

/// <summary>Judges the latest complete hour of every organization with ingested spend (every 15 minutes by default).</summary>
[DisallowConcurrentExecution]
public sealed class AnomalyDetectionJob(AnomalyScanRunner runner) : IJob
{
    public static readonly JobKey Key = new("anomaly-detection", "insights");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = await runner.ScanAllAsync(cancellationToken);
}
