using AIntops.Api.Infrastructure;
using AIntops.Application.Anomalies.DetectAnomalies;
using AIntops.Application.Anomalies.GetAnomaly;
using AIntops.Application.Anomalies.ListAnomalies;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Spend anomalies (the anomaly feed); every member reads, owners and admins run detection now.</summary>
public sealed class AnomalyEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/anomalies").WithTags("Anomalies").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, int? limit, int? offset, DateTime? from, DateTime? to, string? scopeKind) =>
                TypedResults.Ok(await mediator.Send(new ListAnomaliesQuery(limit ?? 50, offset ?? 0, from, to, scopeKind), ct)))
            .WithParameterDocs<ListAnomaliesQuery>().WithName("ListAnomalies").WithSummary("Anomalies, newest hour first, filtered by the window's start (from inclusive, to exclusive) and scope kind; paged by offset")
            .WithProblems(400, 401, 403);

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAnomalyQuery(id), ct)))
            .WithName("GetAnomaly").WithSummary("One anomaly with its driver").WithProblems(401, 403, 404);

        group.MapPost("/detect", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new DetectAnomaliesCommand(), ct)))
            .RequireAuthorization(Permissions.InsightsManage)
            .WithName("DetectAnomalies").WithSummary("Judge the latest complete hour of the organization now, as the 15-minute job does; returns the anomaly it recorded, if any")
            .WithProblems(401, 403);
    }
}
