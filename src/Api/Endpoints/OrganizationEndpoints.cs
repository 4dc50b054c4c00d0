using AIntops.Api.Infrastructure;
using AIntops.Application.Activity.ListActivity;
using AIntops.Application.Me.GetMe;
using AIntops.Application.Onboarding.GetOnboarding;
using AIntops.Application.Organizations.CreateOrganization;
using AIntops.Application.Organizations.GetOrganization;
using AIntops.Application.Organizations.GetOrganizationUsage;
using AIntops.Application.Organizations.UpdateOrganization;
using AIntops.Application.Plans.ListPlans;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class OrganizationEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("Organization").RequireAuthorization();

        group.MapGet("/me", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct)))
            .WithName("GetMe").WithSummary("The signed-in user, the current organization, role, permissions and all memberships").WithProblems(401);

        group.MapGet("/organization", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOrganizationQuery(), ct)))
            .WithName("GetOrganization").WithSummary("The current organization").WithProblems(401);

        group.MapGet("/organization/usage", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOrganizationUsageQuery(), ct)))
            .WithName("GetOrganizationUsage").WithSummary("This month's ingested requests against the plan's limit, and whether telemetry is paused").WithProblems(401);

        group.MapGet("/plans", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPlansQuery(), ct)))
            .WithName("ListPlans").WithSummary("What each plan includes, smallest first, and whether this server enforces it").WithProblems(401);

        group.MapPost("/organizations", async Task<Created<OrganizationCreated>> (CreateOrganizationCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((string?)null, await mediator.Send(command, ct)))
            .WithName("CreateOrganization").WithSummary("Create another organization owned by the caller (switch to it with /v1/auth/switch-organization)").WithProblems(400, 401);

        group.MapPatch("/organization", async (UpdateOrganizationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.OwnersManage).WithName("UpdateOrganization").WithSummary("Change the organization's name, plan, time zone, retention and request-content settings (owners)").WithProblems(400, 401, 402, 403);

        group.MapGet("/onboarding", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOnboardingQuery(), ct)))
            .WithName("GetOnboarding").WithSummary("The onboarding checklist of the current organization").WithProblems(401);

        group.MapGet("/activity", async (IMediator mediator, CancellationToken ct, int? limit, DateTime? before, string? type) =>
                TypedResults.Ok(await mediator.Send(new ListActivityQuery(limit ?? 50, before?.ToUniversalTime(), type), ct)))
            .RequireAuthorization(Permissions.ActivityRead)
            .WithParameterDocs<ListActivityQuery>().WithName("ListActivity").WithSummary("Security and settings activity, newest first (cursor: pass nextBefore as before)").WithProblems(400, 401, 403);
    }
}
