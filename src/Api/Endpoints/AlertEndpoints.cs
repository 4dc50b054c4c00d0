using AIntops.Api.Infrastructure;
using AIntops.Application.Alerts.AcknowledgeAlert;
using AIntops.Application.Alerts.AcknowledgeAllAlerts;
using AIntops.Application.Alerts.GetUnreadAlertCount;
using AIntops.Application.Alerts.ListAlerts;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>The alerts inbox; every member reads and acknowledges.</summary>
public sealed class AlertEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/alerts").WithTags("Alerts").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, int? limit, string? before, bool? unread, string? type) =>
                TypedResults.Ok(await mediator.Send(new ListAlertsQuery(limit ?? 50, before, unread, type), ct)))
            .WithParameterDocs<ListAlertsQuery>().WithName("ListAlerts").WithSummary("Alerts, newest first, each with its deliveries' states; filter by unread and type (cursor: pass nextBefore as before)")
            .WithProblems(400, 401, 403);

        group.MapGet("/unread-count", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUnreadAlertCountQuery(), ct)))
            .WithName("CountUnreadAlerts").WithSummary("How many alerts nobody in the organization has acknowledged").WithProblems(401, 403);

        group.MapPost("/{id:guid}/acknowledge", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcknowledgeAlertCommand(id), ct)))
            .WithName("AcknowledgeAlert").WithSummary("Acknowledge an alert for the organization (the first acknowledgement stands)").WithProblems(401, 403, 404);

        group.MapPost("/acknowledge-all", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcknowledgeAllAlertsCommand(), ct)))
            .WithName("AcknowledgeAllAlerts").WithSummary("Acknowledge every unread alert of the organization").WithProblems(401, 403);
    }
}
