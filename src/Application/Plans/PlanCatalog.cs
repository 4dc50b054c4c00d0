using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Plans;

/// <summary>The plans table as this server applies it: <see cref="PlanLimits"/> with the configured monthly limits.</summary>
public sealed class PlanCatalog(IOptions<PlanOptions> options, IOptions<IngestOptions> ingest)
{
    public bool EnforceFeatures => options.Value.EnforceFeatures;

    public PlanAllowance For(Plan plan) =>
        options.Value.MonthlyRequests.TryGetValue(plan, out var limit) ? PlanLimits.For(plan) with { MonthlyRequests = limit } : PlanLimits.For(plan);

    /// <summary>The plan of new organizations: <see cref="IngestOptions.DefaultPlan"/> when set, else Free when features are enforced and Enterprise when not.</summary>
    public Plan DefaultPlan => ingest.Value.DefaultPlan ?? (EnforceFeatures ? Plan.Free : Plan.Enterprise);

    public static string NameOf(Plan plan) => plan.ToString().ToLowerInvariant();
}
