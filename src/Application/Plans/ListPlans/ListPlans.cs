using AIntops.Domain.Ingest;

namespace AIntops.Application.Plans.ListPlans;

public sealed record ListPlansQuery : IRequest<PlansResponse>;

/// <param name="EnforceFeatures">Whether this server refuses what a plan does not include (402 plan_feature); self-hosted installs do not.</param>
/// <param name="Plans">Smallest first.</param>
public sealed record PlansResponse(bool EnforceFeatures, IReadOnlyList<PlanDto> Plans);

/// <param name="Name">free | starter | pro | team | enterprise.</param>
/// <param name="Includes">What the plan includes; a null count is unlimited.</param>
public sealed record PlanDto(string Name, PlanAllowance Includes);

public sealed class ListPlansHandler(PlanCatalog catalog) : IRequestHandler<ListPlansQuery, PlansResponse>
{
    public Task<PlansResponse> Handle(ListPlansQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new PlansResponse(catalog.EnforceFeatures, [.. PlanLimits.All.Select(p => new PlanDto(PlanCatalog.NameOf(p), catalog.For(p)))]));
}
