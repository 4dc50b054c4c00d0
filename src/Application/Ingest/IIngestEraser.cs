namespace AIntops.Application.Ingest;

/// <summary>
/// Deletes raw events in chunks; each chunk is one transaction that also subtracts the deleted
/// rows from the hourly and per-user daily rollups, so a crash never leaves them disagreeing.
/// Plan usage is kept: those requests were made.
/// </summary>
public interface IIngestEraser
{
    /// <param name="sentByUserId">Only events sent by this user (with their API keys or demo button); null = everyone's.</param>
    /// <returns>How many events were deleted.</returns>
    Task<long> DeleteAsync(Guid organizationId, string dataMode, Guid? sentByUserId, CancellationToken cancellationToken);
}
