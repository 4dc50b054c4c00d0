using System.Linq.Expressions;
using AIntops.Domain.Providers;

namespace AIntops.Application.Providers;

/// <summary>A provider connection as the API shows it: never the key, only its last characters.</summary>
public sealed record ProviderConnectionDto
{
    public required Guid Id { get; init; }
    public required string Provider { get; init; }
    public required string Name { get; init; }
    public required string BaseUrl { get; init; }
    public required string MaskedKey { get; init; }

    /// <summary>pending, syncing, ok, error or key_refused.</summary>
    public required string Status { get; init; }

    public required DateTime? LastSyncStartedAt { get; init; }
    public required DateTime? LastSyncFinishedAt { get; init; }
    public required DateTime? LastSuccessAt { get; init; }
    public required string? LastError { get; init; }

    /// <summary>Start of the earliest synced bucket.</summary>
    public required DateTime? DataFrom { get; init; }

    /// <summary>End of the latest synced bucket.</summary>
    public required DateTime? DataTo { get; init; }

    public required bool Backfilling { get; init; }

    /// <summary>Days of the first (backfill) sync fetched so far, out of BackfillDaysTotal.</summary>
    public required int BackfillDaysDone { get; init; }

    public required int BackfillDaysTotal { get; init; }
    public required DateTime CreatedAt { get; init; }

    public static readonly Expression<Func<ProviderConnection, ProviderConnectionDto>> Projection = c => new ProviderConnectionDto
    {
        Id = c.Id,
        Provider = c.Provider,
        Name = c.Name,
        BaseUrl = c.BaseUrl,
        MaskedKey = "••••" + c.KeySuffix,
        Status = StatusName(c.Status),
        LastSyncStartedAt = c.LastSyncStartedAt,
        LastSyncFinishedAt = c.LastSyncFinishedAt,
        LastSuccessAt = c.LastSuccessAt,
        LastError = c.LastError,
        DataFrom = c.DataFromUtc,
        DataTo = c.DataToUtc,
        Backfilling = c.Status == ProviderSyncStatus.Syncing && c.SyncedThroughUtc == null,
        BackfillDaysDone = c.BackfillDaysDone,
        BackfillDaysTotal = c.BackfillDaysTotal,
        CreatedAt = c.CreatedAt,
    };

    public static string StatusName(ProviderSyncStatus status) => status switch
    {
        ProviderSyncStatus.KeyRefused => "key_refused",
        _ => status.ToString().ToLowerInvariant(),
    };
}
