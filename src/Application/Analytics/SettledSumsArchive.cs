namespace AIntops.Application.Analytics;

/// <summary>
/// Rows a settled-days sum can be slid with: a window's sums, minus those of the days it drops, plus those of the days it adds,
/// are the sums of the new window.
/// </summary>
public interface ISettledSums<T> where T : ISettledSums<T>
{
    /// <summary>These counters negated, under the same key.</summary>
    T Negated();

    /// <summary>The rows added up per key; keys whose counters all come to zero are left out.</summary>
    static abstract List<T> Sum(IEnumerable<T> rows);
}

/// <summary>The settled sums of one query shape and window length (settled days, or those and today's settled hours), as kept across restarts.</summary>
/// <param name="Shape">The query shape and window length they are for (the archive's key, kept to check it on reading).</param>
/// <param name="Generation">The organization's analytics generation they were summed at: any other is stale.</param>
/// <param name="HourGeneration">With today's hours, the organization's late-hour generation they were summed at.</param>
public sealed record ArchivedSums<T>(string Shape, long Generation, long FromMs, long ToMs, List<T> Rows, long HourGeneration = 0);

/// <summary>Where <see cref="SettledRollupCache"/> keeps settled-days sums so that they outlive the process: one entry per organization and shape.</summary>
public interface ISettledSumsArchive
{
    /// <summary>The entry kept for <paramref name="shape"/>, or null when there is none or it cannot be read.</summary>
    Task<ArchivedSums<T>?> ReadAsync<T>(Guid organizationId, string shape, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the entry of the sums' shape in the background, so that no request waits for it (<paramref name="sums"/> must not change
    /// afterwards); a failure is logged, never thrown: the sums are only a shortcut.
    /// </summary>
    void Keep<T>(Guid organizationId, ArchivedSums<T> sums);
}
