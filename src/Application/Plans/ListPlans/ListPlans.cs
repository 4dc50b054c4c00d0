namespace AIntops.Application.Plans.ListPlans;

public sealed record ListPlansQuery : IRequest<PlansResponse>;

/// <param name="EnforceFeatures">Whether this server refuses what a plan does not include (402 plan_feature); self-hosted installs do not.</param>
/// <param name="Plans">Smallest first.</param>
public sealed record PlansResponse(bool EnforceFeatures, IReadOnlyList<PlanDto> Plans);

/// <summary>What a plan includes; a null count is unlimited.</summary>
public sealed record PlanDto
{
    /// <summary>free | starter | pro | team | enterprise.</summary>
    public required string Name { get; init; }
    /// <summary>Ingested requests per calendar month (UTC).</summary>
    public required long? MonthlyRequests { get; init; }
    public required int? ProviderConnections { get; init; }
    /// <summary>Members and open invitations together.</summary>
    public required int? Members { get; init; }
    public required int? NotificationChannels { get; init; }
    public required bool HardStopBudgets { get; init; }
    public required bool WeeklyReport { get; init; }
    public required bool RequestContent { get; init; }
}

public sealed class ListPlansHandler(PlanCatalog catalog) : IRequestHandler<ListPlansQuery, PlansResponse>
{
    public Task<PlansResponse> Handle(ListPlansQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new PlansResponse(catalog.EnforceFeatures, [.. catalog.All.Select(a => new PlanDto
        {
            Name = PlanCatalog.NameOf(a.Plan),
            MonthlyRequests = a.MonthlyRequests,
            ProviderConnections = a.ProviderConnections,
            Members = a.Members,
            NotificationChannels = a.NotificationChannels,
            HardStopBudgets = a.HardStopBudgets,
            WeeklyReport = a.WeeklyReport,
            RequestContent = a.RequestContent,
        })]));
}
