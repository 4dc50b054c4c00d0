using System.Collections.Concurrent;

namespace AIntops.Application.Common.Concurrency;

/// <summary>Concurrent callers with the same key share one execution of the work and its result.</summary>
public sealed class SingleFlight<TResult>
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TResult>>> _inFlight = new();

    public async Task<TResult> RunAsync(string key, Func<Task<TResult>> work)
    {
        var lazy = _inFlight.GetOrAdd(key, _ => new Lazy<Task<TResult>>(work));
        try
        {
            return await lazy.Value;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<TResult>>>(key, lazy));
        }
    }
}
