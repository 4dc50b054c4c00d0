using System.Collections.Concurrent;

namespace AIntops.Application.Common.Caching;

/// <summary>
/// Which caches read which entities. The database context reports every entity it saved (added, changed or deleted) here, so
/// a cache never serves what a write on this instance replaced; other instances see the write within the cache's TTL.
/// Writes that bypass the change tracker (ExecuteUpdate, ExecuteDelete, raw SQL) and change what a cache reads must call
/// <see cref="Saved"/> themselves; none do today (the ingest committer's ApiKey.LastUsedAt and the organization's analytics
/// generation are read by no cache).
/// </summary>
public sealed class CacheInvalidation
{
    private readonly ConcurrentDictionary<Type, Action<object>> _forgetters = new();

    public void OnSaveOf<TEntity>(Action<TEntity> forget) where TEntity : class
    {
        Action<object> forgetEntity = entity => forget((TEntity)entity);
        _forgetters.AddOrUpdate(typeof(TEntity), forgetEntity, (_, others) => others + forgetEntity);
    }

    public bool Watches(Type entityType) => _forgetters.ContainsKey(entityType);

    public void Saved(object entity)
    {
        if (_forgetters.TryGetValue(entity.GetType(), out var forget)) forget(entity);
    }
}
