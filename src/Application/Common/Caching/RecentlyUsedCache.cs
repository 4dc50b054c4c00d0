using System.Collections.Concurrent;

namespace AIntops.Application.Common.Caching;

/// <summary>
/// A bounded in-memory map for keys callers choose (model ids, API keys, organizations): when it overflows, the tenth of its entries used longest
/// ago are forgotten, so a caller sending endless new keys evicts only what nobody uses and never empties the cache for everyone.
/// Reads take no lock; an eviction sorts the entries once per tenth of the capacity added.
/// </summary>
public sealed class RecentlyUsedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(comparer);
    private readonly Lock _eviction = new();
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        _entries[key] = new Entry(value) { LastUsed = Interlocked.Increment(ref _clock) };
        EvictIfFull();
    }

    /// <summary>As <see cref="ConcurrentDictionary{TKey,TValue}.AddOrUpdate(TKey,Func{TKey,TValue},Func{TKey,TValue,TValue})"/>: the value stored, which concurrent callers agree on.</summary>
    public TValue AddOrUpdate(TKey key, Func<TKey, TValue> add, Func<TKey, TValue, TValue> update)
    {
        var entry = _entries.AddOrUpdate(key, k => new Entry(add(k)), (k, current) =>
        {
            var value = update(k, current.Value);
            return EqualityComparer<TValue>.Default.Equals(value, current.Value) ? current : new Entry(value);
        });
        entry.LastUsed = Interlocked.Increment(ref _clock);
        EvictIfFull();
        return entry.Value;
    }

    public void Remove(TKey key) => _entries.TryRemove(key, out _);

    /// <summary>Removes the key only while it still holds <paramref name="value"/>.</summary>
    public void Remove(TKey key, TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && EqualityComparer<TValue>.Default.Equals(entry.Value, value))
            _entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    public void RemoveWhere(Func<TKey, TValue, bool> predicate)
    {
        foreach (var entry in _entries)
            if (predicate(entry.Key, entry.Value.Value)) _entries.TryRemove(entry);
    }

    private void EvictIfFull()
    {
        if (_entries.Count <= capacity) return;
        lock (_eviction)
        {
            var excess = _entries.Count - capacity * 9 / 10;
            if (_entries.Count <= capacity || excess <= 0) return;
            foreach (var stale in _entries.OrderBy(e => e.Value.LastUsed).Take(excess)) _entries.TryRemove(stale);
        }
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;
        public long LastUsed { get; set; }
    }
}
