using AIntops.Application.Providers.Sync;
using Microsoft.Extensions.Logging;

namespace AIntops.Infrastructure.Providers;

/// <summary>Until notifications exist, a failed sync is a log line (an error the first time a healthy connection fails).</summary>
public sealed class LoggedProviderSyncAlerts(ILogger<LoggedProviderSyncAlerts> logger) : IProviderSyncAlerts
{
    public Task SyncFailedAsync(ProviderSyncFailure failure, CancellationToken cancellationToken)
    {
        logger.Log(failure.FirstFailure ? LogLevel.Error : LogLevel.Warning,
            "Provider sync alert: connection {ConnectionId} ({Provider}, {Name}) of organization {OrganizationId} failed: {Error}",
            failure.ConnectionId, failure.Provider, failure.Name, failure.OrganizationId, failure.Error);
        return Task.CompletedTask;
    }
}
