namespace AIntops.Domain.Providers;

/// <summary>
/// An organization's admin key for one provider's usage and cost API. The key is stored only as a
/// Fernet token; its last characters are kept in clear so people can tell keys apart.
/// </summary>
public sealed class ProviderConnection : IOrganizationScoped
{
    private ProviderConnection() { }

    public ProviderConnection(Guid organizationId, string provider, string name, string baseUrl, string credentialToken, string keySuffix,
        Guid createdByUserId, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        OrganizationId = organizationId;
        Provider = provider;
        Name = name;
        BaseUrl = baseUrl;
        CredentialToken = credentialToken;
        KeySuffix = keySuffix;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
        Status = ProviderSyncStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Provider { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string BaseUrl { get; private set; } = "";
    public string CredentialToken { get; private set; } = "";
    public string KeySuffix { get; private set; } = "";
    public ProviderSyncStatus Status { get; private set; }
    public DateTime? LastSyncStartedAt { get; private set; }
    public DateTime? LastSyncFinishedAt { get; private set; }
    public DateTime? LastSuccessAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>Buckets before this are known complete; the next sync starts here, less the overlap. Null until the backfill is done.</summary>
    public DateTime? SyncedThroughUtc { get; private set; }

    public DateTime? DataFromUtc { get; private set; }
    public DateTime? DataToUtc { get; private set; }
    public int BackfillDaysDone { get; private set; }
    public int BackfillDaysTotal { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>A new key: the next sync uses it and clears a refused-key state.</summary>
    public void ReplaceCredentials(string credentialToken, string keySuffix)
    {
        CredentialToken = credentialToken;
        KeySuffix = keySuffix;
        LastError = null;
        if (Status != ProviderSyncStatus.Syncing) Status = ProviderSyncStatus.Pending;
    }

    public void StartBackfill(int totalDays)
    {
        BackfillDaysTotal = totalDays;
        BackfillDaysDone = 0;
    }

    public void RecordBackfillProgress(int daysDone) => BackfillDaysDone = Math.Min(daysDone, BackfillDaysTotal);

    /// <summary>What the sync stored; it is still under way (a first sync goes on to analyse the history) until <see cref="CompleteSync"/>.</summary>
    public void RecordSyncedData(DateTime syncedThroughUtc, DateTime? dataFromUtc, DateTime? dataToUtc)
    {
        SyncedThroughUtc = syncedThroughUtc;
        DataFromUtc = dataFromUtc;
        DataToUtc = dataToUtc;
    }

    public void CompleteSync(DateTime now)
    {
        Status = ProviderSyncStatus.Ok;
        LastSyncFinishedAt = now;
        LastSuccessAt = now;
        LastError = null;
    }

    /// <param name="keyRefused">The provider refused the key: no sync can succeed until it is replaced.</param>
    public void FailSync(DateTime now, bool keyRefused, string error)
    {
        Status = keyRefused ? ProviderSyncStatus.KeyRefused : ProviderSyncStatus.Error;
        LastSyncFinishedAt = now;
        LastError = error.Length <= Limits.DetailMaxLength ? error : error[..Limits.DetailMaxLength];
    }
}

public static class ProviderLimits
{
    public const int BaseUrlMaxLength = 500;
    public const int CredentialsMaxLength = 500;
    /// <summary>A Fernet token of <see cref="CredentialsMaxLength"/> bytes, base64url with header and MAC.</summary>
    public const int CredentialTokenMaxLength = 1000;
    public const int KeySuffixLength = 4;
}
