using AIntops.Application.Dashboards.CreateDashboard;
using AIntops.Application.Dashboards.DeleteDashboard;
using AIntops.Application.Dashboards.GetDashboard;
using AIntops.Application.Dashboards.ListDashboards;
using AIntops.Application.Dashboards.UpdateDashboard;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Dashboards and their widget grids; members read them, owners and admins edit.</summary>
public sealed class DashboardEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/dashboards").WithTags("Dashboards").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListDashboardsQuery(), ct)))
            .WithName("ListDashboards").WithSummary("Dashboards and their widgets, the default first").WithProblems(401, 403);
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDashboardQuery(id), ct)))
            .WithName("GetDashboard").WithSummary("One dashboard").WithProblems(401, 403, 404);
        group.MapPost("/", async (CreateDashboardCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var dashboard = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/dashboards/{dashboard.Id}", dashboard);
            })
            .RequireAuthorization(Permissions.DashboardsEdit).WithName("CreateDashboard").WithSummary("Create a dashboard with its widgets").WithProblems(400, 401, 403);
        group.MapPut("/{id:guid}", async (Guid id, UpdateDashboardCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .RequireAuthorization(Permissions.DashboardsEdit).WithName("UpdateDashboard").WithSummary("Rename a dashboard and save its whole layout").WithProblems(400, 401, 403, 404);
        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDashboardCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.DashboardsEdit).WithName("DeleteDashboard").WithSummary("Delete a dashboard (not the default one)").WithProblems(401, 403, 404, 409);
    }
}
