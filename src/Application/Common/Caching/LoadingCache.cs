namespace AIntops.Application.Common.Caching;

/// <summary>
/// A bounded cache (least recently used entries go first, see <see cref="RecentlyUsedCache{TKey,TValue}"/>) that loads what it
/// misses. Concurrent misses of a key share one load, which no caller's cancellation stops; a failed load is not kept. Entries
/// live <c>ttl</c> from the start of their load. A forget wins over a load in flight: its callers still get the result, but it is
/// never stored or served afterwards. <see cref="CacheInvalidation"/> forgets entries when the rows they were read from are saved.
/// </summary>
public sealed class LoadingCache<TKey, TValue>(int capacity, TimeSpan ttl, TimeProvider clock, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly RecentlyUsedCache<TKey, Entry> _entries = new(capacity, comparer);

    public int Count => _entries.Count;

    public ValueTask<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> load, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.IsFreshAt(now))
        {
            if (entry.Loaded) return ValueTask.FromResult(entry.Value);
        }
        else
        {
            var seen = entry;
            var fresh = new Entry(new Lazy<Task<TValue>>(() => LoadAsync(key, load)), now + ttl);
            // Stored before its load starts, so a Forget from here on removes a load that may have read what the write replaced.
            entry = _entries.AddOrUpdate(key, _ => fresh, (_, current) => ReferenceEquals(current, seen) || !current.IsFreshAt(now) ? fresh : current);
        }
        return AwaitAsync(key, entry, cancellationToken);
    }

    /// <summary>The value when it is loaded and fresh; never loads.</summary>
    public bool TryGetCached(TKey key, out TValue value)
    {
        var found = _entries.TryGetValue(key, out var entry) && entry.IsFreshAt(clock.GetUtcNow()) && entry.Loaded;
        value = found ? entry.Value : default!;
        return found;
    }

    public void Forget(TKey key) => _entries.Remove(key);

    /// <summary>Forgets the loaded values that are <paramref name="stale"/> (e.g. of one organization, when keys are not organizations),
    /// and every load in flight, whose value may be stale too.</summary>
    public void ForgetWhere(Func<TValue, bool> stale) => _entries.RemoveWhere((_, entry) => !entry.Loaded || stale(entry.Value));

    /// <summary>Forgets the entry of <paramref name="keyOf"/> each saved <typeparamref name="TEntity"/>, e.g. its organization's.</summary>
    public LoadingCache<TKey, TValue> ForgetOnSaveOf<TEntity>(CacheInvalidation invalidation, Func<TEntity, TKey> keyOf) where TEntity : class
    {
        invalidation.OnSaveOf<TEntity>(entity => Forget(keyOf(entity)));
        return this;
    }

    /// <summary>Forgets, for each saved <typeparamref name="TEntity"/>, the values it makes <paramref name="stale"/>.</summary>
    public LoadingCache<TKey, TValue> ForgetOnSaveOf<TEntity>(CacheInvalidation invalidation, Func<TEntity, TValue, bool> stale) where TEntity : class
    {
        invalidation.OnSaveOf<TEntity>(entity => ForgetWhere(value => stale(entity, value)));
        return this;
    }

    private async ValueTask<TValue> AwaitAsync(TKey key, Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await entry.Load.Value.WaitAsync(cancellationToken);
        }
        catch when (entry.Failed)
        {
            _entries.Remove(key, entry);
            throw;
        }
    }

    /// <summary>Runs <paramref name="load"/> so that even a synchronous throw ends as a failed task.</summary>
    private static async Task<TValue> LoadAsync(TKey key, Func<TKey, Task<TValue>> load) => await load(key);

    private sealed class Entry(Lazy<Task<TValue>> load, DateTimeOffset expiresAt)
    {
        public Lazy<Task<TValue>> Load { get; } = load;
        public bool Loaded => Load.IsValueCreated && Load.Value.IsCompletedSuccessfully;
        public bool Failed => Load.IsValueCreated && (Load.Value.IsFaulted || Load.Value.IsCanceled);
        public TValue Value => Load.Value.Result;
        public bool IsFreshAt(DateTimeOffset now) => expiresAt > now && !Failed;
    }
}
