namespace AIntops.Application.Providers.Sync;

/// <summary>One fetch of a sync: hourly usage from <paramref name="UsageFromUtc"/> and daily costs from <paramref name="CostFromUtc"/>, both up to <paramref name="ToUtc"/>.</summary>
public sealed record SyncChunk(DateTime UsageFromUtc, DateTime CostFromUtc, DateTime ToUtc);

/// <summary>
/// What a sync fetches. The first sync backfills whole days in chunks; later ones start at the last
/// complete hour less an overlap (OpenAI returns the current hour while it is still filling, and
/// late data lands in recent buckets). Everything is upserted, so fetching a bucket twice is harmless.
/// </summary>
public static class SyncWindow
{
    public static IReadOnlyList<SyncChunk> Plan(DateTime? syncedThroughUtc, DateTime nowUtc, ProviderSyncOptions options)
    {
        if (syncedThroughUtc is { } through)
        {
            var usageFrom = StartOfHour(through) - options.UsageOverlap;
            return [new SyncChunk(usageFrom, usageFrom.Date.AddDays(-options.CostOverlapDays), nowUtc)];
        }
        var chunks = new List<SyncChunk>();
        for (var start = FirstBackfillDay(nowUtc, options); start < nowUtc; start = start.AddDays(options.BackfillChunkDays))
        {
            var end = start.AddDays(options.BackfillChunkDays);
            chunks.Add(new SyncChunk(start, start, end < nowUtc ? end : nowUtc));
        }
        return chunks;
    }

    /// <summary>Buckets before this are complete at <paramref name="nowUtc"/>.</summary>
    public static DateTime CompleteBefore(DateTime nowUtc) => StartOfHour(nowUtc);

    /// <summary>Days a backfill covers, today included: the same calendar days as the "last N days" range of the dashboards.</summary>
    public static int BackfillDays(DateTime nowUtc, ProviderSyncOptions options) =>
        (int)Math.Ceiling((nowUtc - FirstBackfillDay(nowUtc, options)).TotalDays);

    private static DateTime FirstBackfillDay(DateTime nowUtc, ProviderSyncOptions options) => nowUtc.Date.AddDays(1 - options.BackfillDays);

    private static DateTime StartOfHour(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
}
