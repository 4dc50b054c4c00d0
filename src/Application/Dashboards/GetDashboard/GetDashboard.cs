namespace AIntops.Application.Dashboards.GetDashboard;

public sealed record GetDashboardQuery(Guid Id) : IRequest<DashboardDto>;

public sealed class GetDashboardHandler(IAppDbContext db) : IRequestHandler<GetDashboardQuery, DashboardDto>
{
    public async Task<DashboardDto> Handle(GetDashboardQuery request, CancellationToken cancellationToken) =>
        (await db.Dashboards.Where(d => d.Id == request.Id).Select(DashboardProjection.Row).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No dashboard with that id.")).ToDto();
}
