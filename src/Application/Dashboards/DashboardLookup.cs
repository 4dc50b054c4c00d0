using AIntops.Domain.Dashboards;

namespace AIntops.Application.Dashboards;

public static class DashboardLookup
{
    /// <summary>The organization's dashboard with its widgets; 404 for unknown ids and other organizations' dashboards.</summary>
    public static async Task<Dashboard> FindDashboardAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Dashboards.Include(d => d.Widgets).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("No dashboard with that id.");
}
