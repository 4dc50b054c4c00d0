using AIntops.Application.Anomalies.Scanning;
using AIntops.Application.Providers.Sync;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Anomalies.DetectAnomalies;

/// <summary>Runs the anomaly job's work now for the caller's organization, then judges the earlier hours of the history not judged yet.</summary>
public sealed record DetectAnomaliesCommand : IRequest<DetectionRun>;

/// <param name="EarlierFound">Anomalies recorded by this run in the earlier hours of the last <see cref="AnomalyDetectionJobOptions.HistoryDays"/> days.</param>
public sealed record DetectionRun(DateTime HourUtc, int ScopesTested, AnomalyDto? Created, int EarlierFound);

public sealed class DetectAnomaliesHandler(AnomalyScan scan, ICurrentUser caller, IOptions<AnomalyDetectionJobOptions> options)
    : IRequestHandler<DetectAnomaliesCommand, DetectionRun>
{
    public async Task<DetectionRun> Handle(DetectAnomaliesCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var latest = await scan.RunAsync(organizationId, cancellationToken);
        var history = await scan.ScanHistoryAsync(organizationId, options.Value.HistoryDays, cancellationToken);
        return new DetectionRun(latest.HourUtc, latest.ScopesTested, latest.Created, history.Recorded.Count);
    }
}

/// <summary>A provider's history has arrived: judge its hours now rather than only the hours to come.</summary>
public sealed class ScanHistoryAfterBackfill(AnomalyScan scan, IOptions<AnomalyDetectionJobOptions> options) : INotificationHandler<ProviderBackfilled>
{
    public Task Handle(ProviderBackfilled notification, CancellationToken cancellationToken) =>
        scan.ScanHistoryAsync(notification.OrganizationId, options.Value.HistoryDays, cancellationToken);
}
