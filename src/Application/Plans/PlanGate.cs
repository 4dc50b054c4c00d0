using AIntops.Domain.Ingest;

namespace AIntops.Application.Plans;

/// <summary>
/// The one place that refuses what the organization's plan does not include, when <see cref="PlanOptions.EnforceFeatures"/> is on.
/// The refusal (<see cref="PlanFeatureException"/>) names the smallest plan that includes it.
/// </summary>
public sealed class PlanGate(IAppDbContext db, ICurrentUser caller, PlanCatalog catalog)
{
    /// <summary>Refuses one more of <paramref name="existing"/> beyond the plan's count, e.g. a second provider connection on Free.</summary>
    public async Task EnsureRoomAsync<T>(string things, IQueryable<T> existing, Func<PlanAllowance, int?> limit, CancellationToken cancellationToken)
    {
        if (!catalog.EnforceFeatures) return;
        var count = await existing.CountAsync(cancellationToken);
        await EnsureAsync(a => limit(a) is not { } most || count < most, plan => $"includes {things} (at most {limit(catalog.For(plan))})", cancellationToken);
    }

    /// <summary>Refuses a feature the plan does not include, e.g. hard-stop budgets on Free.</summary>
    public Task EnsureIncludedAsync(string feature, Func<PlanAllowance, bool> includes, CancellationToken cancellationToken) =>
        catalog.EnforceFeatures ? EnsureAsync(includes, _ => $"does not include {feature}", cancellationToken) : Task.CompletedTask;

    public Task EnsureHardStopAsync(CancellationToken cancellationToken) =>
        EnsureIncludedAsync("hard-stop budgets", a => a.HardStopBudgets, cancellationToken);

    private async Task EnsureAsync(Func<PlanAllowance, bool> allows, Func<Plan, string> what, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var plan = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Plan).FirstAsync(cancellationToken);
        if (allows(catalog.For(plan))) return;
        var required = PlanLimits.All.Where(p => p > plan && allows(catalog.For(p))).Cast<Plan?>().FirstOrDefault();
        throw new PlanFeatureException(
            $"The {plan} plan {what(plan)}; {(required is null ? "no plan of this server includes more" : $"upgrade to the {required} plan or higher")}.",
            plan, required);
    }
}

/// <summary>The organization's plan does not include this; maps to 402 with <c>reason=plan_feature</c>.</summary>
public sealed class PlanFeatureException(string message, Plan plan, Plan? requiredPlan) : Exception(message)
{
    public const string Reason = "plan_feature";
    public Plan Plan { get; } = plan;
    public Plan? RequiredPlan { get; } = requiredPlan;
}
