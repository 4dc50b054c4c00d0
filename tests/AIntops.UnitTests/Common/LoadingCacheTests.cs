using AIntops.Application.Common.Caching;

namespace AIntops.UnitTests.Common;

public sealed class LoadingCacheTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();
    private int _loads;

    [Fact]
    public async Task An_entry_is_served_until_its_ttl_has_passed_since_its_load_then_loaded_again()
    {
        var cache = new LoadingCache<string, int>(10, Ttl, _clock);

        Assert.Equal(1, await cache.GetAsync("a", Count));
        _clock.Advance(Ttl - TimeSpan.FromTicks(1));
        Assert.Equal(1, await cache.GetAsync("a", Count));
        Assert.True(cache.TryGetCached("a", out _));

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(cache.TryGetCached("a", out _));
        Assert.Equal(2, await cache.GetAsync("a", Count));
    }

    [Fact]
    public async Task A_flood_of_keys_keeps_the_cache_bounded_and_keeps_the_key_in_use()
    {
        var cache = new LoadingCache<string, int>(100, Ttl, _clock);
        await cache.GetAsync("used", Count);

        for (var i = 0; i < 1_000; i++)
        {
            await cache.GetAsync($"junk-{i}", Count);
            Assert.True(cache.TryGetCached("used", out _), $"the used key was evicted after {i} new keys");
        }

        Assert.InRange(cache.Count, 90, 100);
        Assert.False(cache.TryGetCached("junk-0", out _));
    }

    [Fact]
    public async Task Concurrent_misses_share_one_load_that_a_caller_giving_up_does_not_stop()
    {
        var cache = new LoadingCache<string, int>(10, Ttl, _clock);
        var load = new TaskCompletionSource<int>();
        using var giveUp = new CancellationTokenSource();

        var impatient = cache.GetAsync("a", Loaded(load), giveUp.Token).AsTask();
        var waiters = Enumerable.Range(0, 10).Select(_ => cache.GetAsync("a", Loaded(load)).AsTask()).ToList();
        Assert.False(cache.TryGetCached("a", out _));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        load.SetResult(42);

        Assert.All(await Task.WhenAll(waiters), value => Assert.Equal(42, value));
        Assert.Equal(1, _loads);
        Assert.True(cache.TryGetCached("a", out var cached));
        Assert.Equal(42, cached);
    }

    [Fact]
    public async Task A_failed_load_reaches_its_callers_and_is_not_kept()
    {
        var cache = new LoadingCache<string, int>(10, Ttl, _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await cache.GetAsync("a", _ => Task.FromException<int>(new InvalidOperationException())));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await cache.GetAsync("a", _ => throw new InvalidOperationException()));
        Assert.False(cache.TryGetCached("a", out _));

        Assert.Equal(1, await cache.GetAsync("a", Count));
        Assert.Equal(1, await cache.GetAsync("a", Count));
    }

    [Fact]
    public async Task A_forget_during_a_load_wins_over_its_stale_result()
    {
        var cache = new LoadingCache<string, string>(10, Ttl, _clock);
        var stale = new TaskCompletionSource<string>();

        var waiting = cache.GetAsync("a", _ => stale.Task).AsTask();
        cache.Forget("a");
        stale.SetResult("stale");

        Assert.Equal("stale", await waiting);
        Assert.False(cache.TryGetCached("a", out _));
        Assert.Equal("fresh", await cache.GetAsync("a", _ => Task.FromResult("fresh")));
        Assert.Equal("fresh", await cache.GetAsync("a", _ => Task.FromResult("later")));
    }

    [Fact]
    public async Task Forgetting_by_value_forgets_the_matching_entries_and_loads_in_flight()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var cache = new LoadingCache<string, Owned?>(10, Ttl, _clock);
        await cache.GetAsync("key-a1", _ => Task.FromResult<Owned?>(new Owned(a)));
        await cache.GetAsync("key-a2", _ => Task.FromResult<Owned?>(new Owned(a)));
        await cache.GetAsync("key-b", _ => Task.FromResult<Owned?>(new Owned(b)));
        await cache.GetAsync("unknown", _ => Task.FromResult<Owned?>(null));
        var inFlight = new TaskCompletionSource<Owned?>();
        var waiting = cache.GetAsync("key-a3", _ => inFlight.Task).AsTask();

        cache.ForgetWhere(owned => owned?.OrganizationId == a);
        inFlight.SetResult(new Owned(a));
        await waiting;

        Assert.False(cache.TryGetCached("key-a1", out _));
        Assert.False(cache.TryGetCached("key-a2", out _));
        Assert.False(cache.TryGetCached("key-a3", out _));
        Assert.True(cache.TryGetCached("key-b", out _));
        Assert.True(cache.TryGetCached("unknown", out _));
    }

    [Fact]
    public async Task Saving_an_entity_forgets_the_organization_it_belongs_to_in_every_cache_that_reads_it_and_nothing_else()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var invalidation = new CacheInvalidation();
        var byOrganization = new LoadingCache<Guid, int>(10, Ttl, _clock).ForgetOnSaveOf<Owned>(invalidation, owned => owned.OrganizationId);
        var byValue = new LoadingCache<string, Owned>(10, Ttl, _clock).ForgetOnSaveOf<Owned>(invalidation, (saved, cached) => saved == cached);
        var other = new LoadingCache<Guid, int>(10, Ttl, _clock).ForgetOnSaveOf<string>(invalidation, _ => a);
        foreach (var cache in new[] { byOrganization, other })
        {
            await cache.GetAsync(a, Count);
            await cache.GetAsync(b, Count);
        }
        await byValue.GetAsync("a", _ => Task.FromResult(new Owned(a)));
        await byValue.GetAsync("b", _ => Task.FromResult(new Owned(b)));

        Assert.True(invalidation.Watches(typeof(Owned)));
        Assert.False(invalidation.Watches(typeof(int)));
        invalidation.Saved(new Owned(a));

        Assert.False(byOrganization.TryGetCached(a, out _));
        Assert.True(byOrganization.TryGetCached(b, out _));
        Assert.False(byValue.TryGetCached("a", out _));
        Assert.True(byValue.TryGetCached("b", out _));
        Assert.True(other.TryGetCached(a, out _));
    }

    private Task<int> Count<TKey>(TKey _) => Task.FromResult(Interlocked.Increment(ref _loads));

    private Func<string, Task<int>> Loaded(TaskCompletionSource<int> load) => _ =>
    {
        Interlocked.Increment(ref _loads);
        return load.Task;
    };

    private sealed record Owned(Guid OrganizationId);

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
