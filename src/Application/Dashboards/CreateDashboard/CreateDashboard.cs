using AIntops.Domain.Dashboards;

namespace AIntops.Application.Dashboards.CreateDashboard;

public sealed record CreateDashboardCommand(string Name, IReadOnlyList<WidgetInput> Widgets) : IRequest<DashboardDto>, IDashboardLayout;

public sealed class CreateDashboardValidator : AbstractValidator<CreateDashboardCommand>
{
    public CreateDashboardValidator() => Include(new DashboardLayoutRules<CreateDashboardCommand>());
}

public sealed class CreateDashboardHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<CreateDashboardCommand, DashboardDto>
{
    public async Task<DashboardDto> Handle(CreateDashboardCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var organizationId = caller.RequireOrganizationId();
        var dashboard = new Dashboard(organizationId, request.Name.Trim(), isDefault: false, now);
        dashboard.ReplaceWidgets(request.Widgets.Select(w => (w.Type, w.X, w.Y, w.Width, w.Height, w.ConfigJson)));
        db.Dashboards.Add(dashboard);
        db.Record(organizationId, ActivityTypes.DashboardCreated, caller.UserId, caller.ClientIp, now, subject: dashboard.Name);
        await db.SaveChangesAsync(cancellationToken);
        return dashboard.ToDto();
    }
}
