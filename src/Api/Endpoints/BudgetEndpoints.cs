using System.Security.Claims;
using AIntops.Api.Infrastructure;
using AIntops.Application.Budgets;
using AIntops.Application.Budgets.CreateBudget;
using AIntops.Application.Budgets.DeleteBudget;
using AIntops.Application.Budgets.EvaluateBudgets;
using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Budgets.GetBudget;
using AIntops.Application.Budgets.GetBudgetStatus;
using AIntops.Application.Budgets.ListBudgets;
using AIntops.Application.Budgets.UpdateBudget;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Budgets; members read them, owners and admins manage them. Applications read their status with their API key.</summary>
public sealed class BudgetEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/budgets/status", async (ClaimsPrincipal user, BudgetStateCache budgets, TimeProvider clock, [AsParameters] GetBudgetStatusQuery query) =>
                {
                    var key = user.ApiKey();
                    return TypedResults.Ok(BudgetStatusResponse.Of(await budgets.ForOrganizationAsync(key.OrganizationId), query.Provider, query.Team ?? key.Team,
                        clock.GetUtcNow().UtcDateTime));
                })
            .WithTags("Budgets").RequireApiKey()
            .WithName("GetBudgetStatus").WithSummary("For applications gating their own LLM calls (X-API-Key): allowed=false while a hard-stop budget that applies is critical. " +
                "Budgets of all providers apply, of a provider when it is given, of a team when it is given or the key is bound to it. " +
                "States are at most a few seconds older than their last evaluation")
            .WithProblems(401, 429);

        var group = app.MapGroup("/v1/budgets").WithTags("Budgets").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListBudgetsQuery(), ct)))
            .WithName("ListBudgets").WithSummary("The organization's budgets with their last evaluation: spend, state, percent used, forecast and projected breach")
            .WithProblems(401, 403);

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetBudgetQuery(id), ct)))
            .WithName("GetBudget").WithSummary("One budget with its last evaluation").WithProblems(401, 403, 404);

        group.MapPost("/", async Task<IResult> (CreateBudgetCommand command, IMediator mediator, HttpContext context) =>
            {
                // ?dryRun=true is the earlier spelling of POST /v1/budgets/preview, still answered for the clients written against it.
                if (context.Request.Query["dryRun"] == "true") return TypedResults.Ok(await mediator.Send(command with { DryRun = true }, context.RequestAborted));
                var budget = await mediator.Send(command, context.RequestAborted);
                return TypedResults.Created($"/v1/budgets/{budget.Id}", budget);
            })
            .RequireAuthorization(Permissions.BudgetsManage)
            .Produces<BudgetDto>(StatusCodes.Status201Created)
            .WithName("CreateBudget")
            .WithSummary("Create a budget (evaluated at once); thresholds are a percent of the amount or an amount, warning below critical")
            .WithProblems(400, 401, 402, 403);

        group.MapPost("/preview", async (CreateBudgetCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { DryRun = true }, ct)))
            .RequireAuthorization(Permissions.BudgetsManage)
            .WithName("PreviewBudget")
            .WithSummary("What a budget with these settings would show now (spend to date, state, forecast), without saving it")
            .WithProblems(400, 401, 403);

        group.MapPut("/{id:guid}", async (Guid id, UpdateBudgetCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .RequireAuthorization(Permissions.BudgetsManage)
            .WithName("UpdateBudget").WithSummary("Replace a budget's settings and evaluate it again").WithProblems(400, 401, 402, 403, 404);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteBudgetCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.BudgetsManage).WithName("DeleteBudget").WithSummary("Delete a budget (its alerts stay)").WithProblems(401, 403, 404);

        group.MapPost("/evaluate", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new EvaluateBudgetsCommand(), ct)))
            .RequireAuthorization(Permissions.BudgetsManage)
            .WithName("EvaluateBudgets").WithSummary("Evaluate the organization's budgets now, as the 30-minute budget monitoring job does, raising their alerts")
            .WithProblems(401, 403);
    }
}
