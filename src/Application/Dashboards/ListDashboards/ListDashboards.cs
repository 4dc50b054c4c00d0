using AIntops.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Dashboards.ListDashboards;

public sealed record ListDashboardsQuery : IRequest<IReadOnlyList<DashboardDto>>;

public sealed record DashboardDto(Guid Id, string Name, bool IsDefault, IReadOnlyList<WidgetDto> Widgets);

public sealed record WidgetDto(Guid Id, string Type, int X, int Y, int Width, int Height);

public sealed class ListDashboardsHandler(IAppDbContext db) : IRequestHandler<ListDashboardsQuery, IReadOnlyList<DashboardDto>>
{
    public async Task<IReadOnlyList<DashboardDto>> Handle(ListDashboardsQuery request, CancellationToken cancellationToken) =>
        await db.Dashboards.OrderByDescending(d => d.IsDefault).ThenBy(d => d.Name)
            .Select(d => new DashboardDto(d.Id, d.Name, d.IsDefault,
                d.Widgets.OrderBy(w => w.Y).ThenBy(w => w.X).Select(w => new WidgetDto(w.Id, w.Type, w.X, w.Y, w.Width, w.Height)).ToList()))
            .ToListAsync(cancellationToken);
}
