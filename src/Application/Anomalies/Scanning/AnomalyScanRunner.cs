using AIntops.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Anomalies.Scanning;

/// <summary>What the anomaly job runs: every organization with real ingested spend in the baseline window.</summary>
public sealed class AnomalyScanRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AnomalyDetectionJobOptions> options,
    ILogger<AnomalyScanRunner> logger)
{
    /// <returns>How many anomalies were recorded, and the organizations whose scan failed.</returns>
    public Task<TenantRun> ScanAllAsync(CancellationToken cancellationToken) =>
        scopes.ForEachOrganizationWithRealDataAsync((clock.GetUtcNow() - TimeSpan.FromDays(7 * (options.Value.Detector.BaselineWeeks + 1))).ToUnixTimeMilliseconds(),
            async (services, organizationId) =>
                (await services.GetRequiredService<AnomalyScan>().RunAsync(organizationId, cancellationToken)).Created is null ? 0 : 1,
            logger, cancellationToken);
}
