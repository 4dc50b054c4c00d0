using AIntops.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>What the budget monitoring job runs: every organization that has budgets, each in its own scope with its organization as tenant.</summary>
public sealed class BudgetMonitor(IServiceScopeFactory scopes, SpendWatch spendWatch, ILogger<BudgetMonitor> logger)
{
    /// <returns>How many budgets were evaluated, and the organizations whose evaluation failed.</returns>
    public Task<TenantRun> EvaluateAllAsync(CancellationToken cancellationToken) =>
        // The one query across organizations: which of them have budgets.
        EvaluateAsync(db => db.Budgets.IgnoreQueryFilters().Select(b => b.OrganizationId).Distinct().ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Evaluates the budgets of the organizations whose spend moved since the last call (<see cref="SpendWatch"/>).</summary>
    public Task<TenantRun> EvaluateMarkedAsync(CancellationToken cancellationToken)
    {
        var marked = spendWatch.Drain();
        return marked.Count == 0 ? Task.FromResult(new TenantRun(0, [])) : EvaluateAsync(_ => Task.FromResult(marked.ToList()), cancellationToken);
    }

    private Task<TenantRun> EvaluateAsync(Func<IAppDbContext, Task<List<Guid>>> organizations, CancellationToken cancellationToken) =>
        scopes.ForEachAsync(
            async db => (await organizations(db)).Order().Select(id => new TenantItem(id)).ToList(),
            async (services, item) =>
            {
                try
                {
                    return (await services.GetRequiredService<BudgetEvaluator>().EvaluateAllAsync(cancellationToken)).Count;
                }
                catch (DbUpdateException e)
                {
                    // A budget changed or was deleted meanwhile; the next run evaluates it again.
                    logger.LogWarning(e, "Budgets of organization {OrganizationId} changed while they were evaluated", item.OrganizationId);
                    return 0;
                }
            },
            logger, cancellationToken);
}
