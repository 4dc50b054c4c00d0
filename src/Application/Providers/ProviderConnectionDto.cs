using System.Linq.Expressions;
using AIntops.Domain.Providers;

namespace AIntops.Application.Providers;

/// <summary>A provider connection as the API shows it: never the key, only its last characters.</summary>
/// <param name="Status">pending, syncing, ok, error or key_refused.</param>
/// <param name="DataFrom">Start of the earliest synced bucket.</param>
/// <param name="DataTo">End of the latest synced bucket.</param>
/// <param name="BackfillDaysDone">Days of the first (backfill) sync fetched so far, out of <paramref name="BackfillDaysTotal"/>.</param>
public sealed record ProviderConnectionDto(
    Guid Id, string Provider, string Name, string BaseUrl, string MaskedKey, string Status,
    DateTime? LastSyncStartedAt, DateTime? LastSyncFinishedAt, DateTime? LastSuccessAt, string? LastError,
    DateTime? DataFrom, DateTime? DataTo, bool Backfilling, int BackfillDaysDone, int BackfillDaysTotal, DateTime CreatedAt)
{
    public static readonly Expression<Func<ProviderConnection, ProviderConnectionDto>> Projection = c => new ProviderConnectionDto(
        c.Id, c.Provider, c.Name, c.BaseUrl, "••••" + c.KeySuffix, StatusName(c.Status),
        c.LastSyncStartedAt, c.LastSyncFinishedAt, c.LastSuccessAt, c.LastError,
        c.DataFromUtc, c.DataToUtc, c.Status == ProviderSyncStatus.Syncing && c.SyncedThroughUtc == null,
        c.BackfillDaysDone, c.BackfillDaysTotal, c.CreatedAt);

    public static string StatusName(ProviderSyncStatus status) => status switch
    {
        ProviderSyncStatus.KeyRefused => "key_refused",
        _ => status.ToString().ToLowerInvariant(),
    };
}
