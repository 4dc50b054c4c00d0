using AIntops.Application.Budgets.Evaluation;
using System.Security.Cryptography;
using AIntops.Application.Common.Observability;
using AIntops.Application.Common.Security;
using AIntops.Domain.Providers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Providers.Sync;

/// <summary>
/// Syncs one connection of the organization in scope: claims it, fetches its window chunk by chunk,
/// upserts, and records the outcome on the connection. A provider failure is recorded (and
/// alerted), never thrown, so the caller can go on with the next connection.
/// </summary>
public sealed class ProviderSync(
    IAppDbContext db, IEnumerable<IProviderUsageClient> clients, ISecretProtector secrets, IProviderSyncAlerts alerts, BackfillAnalysis analysis,
    SpendWatch spendWatch, TimeProvider clock, IOptions<ProviderSyncOptions> options, AppMetrics metrics, ILogger<ProviderSync> logger)
{
    private ProviderSyncOptions Options => options.Value;

    /// <summary>
    /// Marks the connection as syncing unless another sync of it is under way (on any instance); a
    /// conditional update, so only one claimant wins.
    /// </summary>
    public async Task<bool> TryClaimAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now - Options.StaleAfter;
        var claimed = await db.ProviderConnections
            .Where(c => c.Id == connectionId && (c.Status != ProviderSyncStatus.Syncing || c.LastSyncStartedAt == null || c.LastSyncStartedAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ProviderSyncStatus.Syncing).SetProperty(c => c.LastSyncStartedAt, now), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Runs a sync this caller has claimed.</summary>
    public async Task RunClaimedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.ProviderConnections.FirstOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (connection is null) return;
        var healthy = connection.LastError is null;
        var started = clock.GetTimestamp();
        try
        {
            await FetchAndStoreAsync(connection, cancellationToken);
            metrics.ProviderSynced(connection.Provider.ToString(), clock.GetElapsedTime(started), succeeded: true);
        }
        catch (Exception e) when (SyncFailure(connection.Provider, e) is { } failure)
        {
            metrics.ProviderSynced(connection.Provider.ToString(), clock.GetElapsedTime(started), succeeded: false);
            logger.LogWarning("Sync of provider connection {ConnectionId} ({Provider}) failed: {Error}", connection.Id, connection.Provider, e.Message);
            connection.FailSync(clock.GetUtcNow().UtcDateTime, failure.KeyRefused, failure.Error);
            await db.SaveChangesAsync(cancellationToken);
            await alerts.SyncFailedAsync(new ProviderSyncFailure(connection.OrganizationId, connection.Id, connection.Provider, connection.Name,
                failure.KeyRefused, failure.Error, healthy), cancellationToken);
        }
    }

    private async Task FetchAndStoreAsync(ProviderConnection connection, CancellationToken cancellationToken)
    {
        var client = clients.For(connection.Provider);
        var credentials = new ProviderCredentials(secrets.Unprotect(connection.CredentialToken));
        var baseUrl = new Uri(connection.BaseUrl);
        var now = clock.GetUtcNow().UtcDateTime;
        var chunks = SyncWindow.Plan(connection.SyncedThroughUtc, now, Options);
        var backfill = connection.SyncedThroughUtc is null;
        if (backfill)
        {
            connection.StartBackfill(SyncWindow.BackfillDays(now, Options));
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var chunk in chunks)
        {
            var usage = await client.FetchUsageAsync(credentials, baseUrl, chunk.UsageFromUtc, chunk.ToUtc, UsageBucketWidth.Hour, cancellationToken);
            var costs = await client.FetchCostsAsync(credentials, baseUrl, chunk.CostFromUtc, chunk.ToUtc, cancellationToken);
            await UsageUpsert.ReplaceWindowAsync(db, connection, ProviderUsageKind.Usage, chunk.UsageFromUtc, chunk.ToUtc, usage, cancellationToken);
            await UsageUpsert.ReplaceWindowAsync(db, connection, ProviderUsageKind.Cost, chunk.CostFromUtc, chunk.ToUtc, costs, cancellationToken);
            if (backfill)
            {
                connection.RecordBackfillProgress((int)Math.Ceiling((chunk.ToUtc - chunks[0].UsageFromUtc).TotalDays));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        var (from, to) = await DataRangeAsync(connection.Id, cancellationToken);
        connection.RecordSyncedData(SyncWindow.CompleteBefore(now), from, to);
        await db.SaveChangesAsync(cancellationToken);
        spendWatch.Mark(connection.OrganizationId);
        // The first sync is done when its history has been analysed too, so whoever waits for it sees the anomalies and savings.
        if (backfill) await analysis.RunAsync(connection.OrganizationId, connection.Id, cancellationToken);
        connection.CompleteSync(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(DateTime? From, DateTime? To)> DataRangeAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var rows = db.ProviderUsage.Where(u => u.ConnectionId == connectionId && u.Kind == ProviderUsageKind.Usage);
        var first = await rows.MinAsync(u => (long?)u.BucketStartMs, cancellationToken);
        var last = await rows.MaxAsync(u => (long?)u.BucketStartMs, cancellationToken);
        return first is null || last is null
            ? (null, null)
            : (UsageUpsert.FromUnixMs(first.Value), UsageUpsert.FromUnixMs(last.Value) + UsageUpsert.Length(ProviderBucketWidth.Hour));
    }

    private sealed record Failure(bool KeyRefused, string Error);

    /// <summary>
    /// The failures that belong to one connection (its address, its key, its data) rather than to this process, in the
    /// words its owner sees: a category, never what answered.
    /// </summary>
    private static Failure? SyncFailure(string provider, Exception e) => e switch
    {
        CryptographicException => new Failure(false, "The stored key cannot be decrypted with the configured keys (AINTOPS_FERNET_KEYS). Replace the key."),
        _ when ProviderFailures.StatusOf(e) is { } status =>
            new Failure(status == ProviderConnectionStatus.KeyRefused, ProviderFailures.Message(status, provider, "Replace the key.")),
        _ => null,
    };
}
