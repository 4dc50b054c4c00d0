using AIntops.Application.Providers.Sync;

namespace AIntops.UnitTests.Providers;

public sealed class SyncWindowTests
{
    private static readonly ProviderSyncOptions Options = new();
    private static readonly DateTime Now = new(2026, 11, 19, 10, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void The_first_sync_backfills_the_30_calendar_days_ending_today_in_day_aligned_chunks()
    {
        var chunks = SyncWindow.Plan(syncedThroughUtc: null, Now, Options);

        Assert.Equal(new DateTime(2026, 10, 21, 0, 0, 0, DateTimeKind.Utc), chunks[0].UsageFromUtc);
        Assert.Equal(Now, chunks[^1].ToUtc);
        Assert.All(chunks, c => Assert.Equal(c.UsageFromUtc, c.CostFromUtc));
        Assert.All(chunks, c => Assert.Equal(TimeSpan.Zero, c.UsageFromUtc.TimeOfDay));
        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.Equal(pair.First.ToUtc, pair.Second.UsageFromUtc));
        Assert.Equal(30, SyncWindow.BackfillDays(Now, Options));
    }

    [Fact]
    public void Later_syncs_start_at_the_last_complete_hour_less_the_overlap_and_costs_a_day_earlier()
    {
        var syncedThrough = SyncWindow.CompleteBefore(Now.AddHours(-1));

        var chunk = Assert.Single(SyncWindow.Plan(syncedThrough, Now, Options));

        Assert.Equal(new DateTime(2026, 11, 19, 9, 0, 0, DateTimeKind.Utc), syncedThrough);
        Assert.Equal(syncedThrough - Options.UsageOverlap, chunk.UsageFromUtc);
        Assert.Equal(new DateTime(2026, 11, 18, 0, 0, 0, DateTimeKind.Utc), chunk.CostFromUtc);
        Assert.Equal(Now, chunk.ToUtc);
    }

    [Fact]
    public void The_hour_still_filling_is_not_complete_so_the_next_sync_fetches_it_again()
    {
        var syncedThrough = SyncWindow.CompleteBefore(Now);

        Assert.Equal(new DateTime(2026, 11, 19, 10, 0, 0, DateTimeKind.Utc), syncedThrough);
        Assert.True(SyncWindow.Plan(syncedThrough, Now.AddHours(1), Options)[0].UsageFromUtc <= syncedThrough);
    }
}
