namespace AIntops.Application.Dashboards.ListDashboards;

public sealed record ListDashboardsQuery : IRequest<IReadOnlyList<DashboardDto>>;

public sealed class ListDashboardsHandler(IAppDbContext db) : IRequestHandler<ListDashboardsQuery, IReadOnlyList<DashboardDto>>
{
    public async Task<IReadOnlyList<DashboardDto>> Handle(ListDashboardsQuery request, CancellationToken cancellationToken) =>
        (await db.Dashboards.OrderByDescending(d => d.IsDefault).ThenBy(d => d.Name).Select(DashboardProjection.Row).ToListAsync(cancellationToken))
            .Select(d => d.ToDto()).ToList();
}
