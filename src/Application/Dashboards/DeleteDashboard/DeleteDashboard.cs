namespace AIntops.Application.Dashboards.DeleteDashboard;

public sealed record DeleteDashboardCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteDashboardHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<DeleteDashboardCommand, Unit>
{
    public async Task<Unit> Handle(DeleteDashboardCommand request, CancellationToken cancellationToken)
    {
        var dashboard = await db.FindDashboardAsync(request.Id, cancellationToken);
        dashboard.EnsureDeletable();
        db.Dashboards.Remove(dashboard);
        db.Record(dashboard.OrganizationId, ActivityTypes.DashboardDeleted, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime, subject: dashboard.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
