using AIntops.Application.Common.Interfaces;
using MediatR;

namespace AIntops.Application.Anomalies.DetectAnomalies;

/// <summary>Runs the anomaly job's work now for the caller's organization.</summary>
public sealed record DetectAnomaliesCommand : IRequest<AnomalyScanResult>;

public sealed class DetectAnomaliesHandler(AnomalyScan scan, ICurrentUser caller) : IRequestHandler<DetectAnomaliesCommand, AnomalyScanResult>
{
    public Task<AnomalyScanResult> Handle(DetectAnomaliesCommand request, CancellationToken cancellationToken) =>
        scan.RunAsync(caller.RequireOrganizationId(), cancellationToken);
}
