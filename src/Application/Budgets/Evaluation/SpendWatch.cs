using System.Collections.Concurrent;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>
/// The organizations with budgets whose spend moved on this instance since the budget watch last looked: ingest commits and
/// provider syncs mark them, and <see cref="BudgetMonitor.EvaluateMarkedAsync"/> evaluates their budgets within
/// <see cref="BudgetMonitoringOptions.WatchInterval"/>, so a threshold crossed by new spend raises its alert (once, by its key)
/// and turns on the hard-stop flag within a minute rather than at the next half-hourly run. Each instance watches the spend it
/// took in; a mark lost with a crash is caught by that run.
/// </summary>
public sealed class SpendWatch
{
    private readonly ConcurrentDictionary<Guid, byte> _marked = new();

    public void Mark(Guid organizationId) => _marked.TryAdd(organizationId, 0);

    public IReadOnlyList<Guid> Drain()
    {
        var marked = _marked.Keys.ToList();
        foreach (var organizationId in marked) _marked.TryRemove(organizationId, out _);
        return marked;
    }
}
