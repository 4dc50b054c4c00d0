using AIntops.Domain.Ingest;

namespace AIntops.Application.Plans;

/// <summary>Configuration section <c>Plans</c>.</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>
    /// Refuse what an organization's plan does not include (402 <c>plan_feature</c>), for running AIntops as a service.
    /// Off for self-hosted installs, whose new organizations are then on Enterprise; on, they start on Free.
    /// </summary>
    public bool EnforceFeatures { get; set; }

    /// <summary>Monthly request limits that replace the plans table's, e.g. <c>Plans:MonthlyRequests:Free=5</c>.</summary>
    public Dictionary<Plan, long> MonthlyRequests { get; set; } = [];
}
