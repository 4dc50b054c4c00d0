namespace AIntops.Application.Common.Concurrency;

/// <summary>One holder at a time per key on this instance; a key's gate lives only while someone holds it or waits for it.</summary>
public sealed class KeyedLock<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, Gate> _gates = new();

    public async Task<IDisposable> AcquireAsync(TKey key, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!)) _gates[key] = gate = new Gate();
            gate.Users++;
        }
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, gate, held: false);
            throw;
        }
        return new Holder(() => Leave(key, gate, held: true));
    }

    private void Leave(TKey key, Gate gate, bool held)
    {
        if (held) gate.Semaphore.Release();
        lock (_gates)
            if (--gate.Users == 0) _gates.Remove(key);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Holder(Action release) : IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
