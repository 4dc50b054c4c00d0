using System.Text.Json.Serialization;

namespace AIntops.Application.Dashboards.UpdateDashboard;

/// <summary>Renames the dashboard and saves its whole layout.</summary>
public sealed record UpdateDashboardCommand(string Name, IReadOnlyList<WidgetInput> Widgets) : IRequest<DashboardDto>, IDashboardLayout
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateDashboardValidator : AbstractValidator<UpdateDashboardCommand>
{
    public UpdateDashboardValidator() => Include(new DashboardLayoutRules<UpdateDashboardCommand>());
}

public sealed class UpdateDashboardHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateDashboardCommand, DashboardDto>
{
    public async Task<DashboardDto> Handle(UpdateDashboardCommand request, CancellationToken cancellationToken)
    {
        var dashboard = await db.FindDashboardAsync(request.Id, cancellationToken);
        dashboard.Rename(request.Name.Trim());
        db.Widgets.RemoveRange(dashboard.Widgets);
        dashboard.ReplaceWidgets(request.Widgets.Select(w => (w.Type, w.X, w.Y, w.Width, w.Height, w.ConfigJson)));
        db.Record(dashboard.OrganizationId, ActivityTypes.DashboardUpdated, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime, subject: dashboard.Name);
        await db.SaveChangesAsync(cancellationToken);
        return dashboard.ToDto();
    }
}
