using AIntops.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AIntops.Application.Budgets.Evaluation;

/// <summary>What the budget monitoring job runs: every organization that has budgets, each in its own scope with its organization as tenant.</summary>
public sealed class BudgetMonitor(IServiceScopeFactory scopes, ILogger<BudgetMonitor> logger)
{
    /// <returns>How many budgets were evaluated.</returns>
    public async Task<int> EvaluateAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> organizations;
        await using (var scope = scopes.CreateAsyncScope())
            // The one query across organizations: which of them have budgets.
            organizations = await scope.ServiceProvider.GetRequiredService<IAppDbContext>().Budgets.IgnoreQueryFilters()
                .Select(b => b.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var evaluated = 0;
        foreach (var organizationId in organizations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<IAppDbContext>().UseOrganization(organizationId);
            try
            {
                evaluated += (await scope.ServiceProvider.GetRequiredService<BudgetEvaluator>().EvaluateAllAsync(cancellationToken)).Count;
            }
            catch (DbUpdateException e)
            {
                // A budget changed or was deleted meanwhile; the next run evaluates it again. Other organizations go on.
                logger.LogWarning(e, "Budgets of organization {OrganizationId} changed while they were evaluated", organizationId);
            }
        }
        return evaluated;
    }
}
