using AIntops.Api.Infrastructure;
using AIntops.Application.Recommendations.ChangeRecommendationStatus;
using AIntops.Application.Recommendations.GenerateRecommendations;
using AIntops.Application.Recommendations.GetRecommendation;
using AIntops.Application.Recommendations.ListRecommendations;
using AIntops.Domain.Insights;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Savings recommendations; every member reads, owners and admins dismiss, apply and generate.</summary>
public sealed class RecommendationEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/recommendations").WithTags("Recommendations").RequireAuthorization(Permissions.RecommendationsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? status, string? type) =>
                TypedResults.Ok(await mediator.Send(new ListRecommendationsQuery(status?.ToLowerInvariant() ?? "open", type), ct)))
            .WithParameterDocs<ListRecommendationsQuery>().WithName("ListRecommendations").WithSummary("Recommendations by status (open by default, or dismissed, applied, all) and type, largest saving first, with the open monthly total")
            .WithProblems(400, 401, 403);

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRecommendationQuery(id), ct)))
            .WithName("GetRecommendation").WithSummary("One recommendation with its evidence").WithProblems(401, 403, 404);

        group.MapPost("/{id:guid}/dismiss", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeRecommendationStatusCommand(id, RecommendationStatus.Dismissed), ct)))
            .RequireAuthorization(Permissions.InsightsManage)
            .WithName("DismissRecommendation").WithSummary("Dismiss a recommendation; later runs never reopen it").WithProblems(401, 403, 404);

        group.MapPost("/{id:guid}/apply", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeRecommendationStatusCommand(id, RecommendationStatus.Applied), ct)))
            .RequireAuthorization(Permissions.InsightsManage)
            .WithName("ApplyRecommendation").WithSummary("Mark a recommendation applied; later runs leave it as it is").WithProblems(401, 403, 404);

        group.MapPost("/generate", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GenerateRecommendationsCommand(), ct)))
            .RequireAuthorization(Permissions.InsightsManage)
            .WithName("GenerateRecommendations").WithSummary("Run the savings calculators over the last 30 days now, as the daily job does").WithProblems(401, 403, 409);
    }
}
