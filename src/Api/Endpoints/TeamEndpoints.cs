using AIntops.Application.Teams;
using AIntops.Application.Teams.AddTeamMember;
using AIntops.Application.Teams.CreateTeam;
using AIntops.Application.Teams.DeleteTeam;
using AIntops.Application.Teams.GetTeam;
using AIntops.Application.Teams.ListTeams;
using AIntops.Application.Teams.RemoveTeamMember;
using AIntops.Application.Teams.UpdateTeam;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Teams and the telemetry keys they are known by; members read them, owners and admins (who manage members) manage them.</summary>
public sealed class TeamEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/teams").WithTags("Teams").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTeamsQuery(), ct)))
            .WithName("ListTeams").WithSummary("The organization's teams with their telemetry keys, member count and API key count").WithProblems(401, 403);

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTeamQuery(id), ct)))
            .WithName("GetTeam").WithSummary("One team with its members").WithProblems(401, 403, 404);

        group.MapPost("/", async (CreateTeamCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var team = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/teams/{team.Id}", team);
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("CreateTeam").WithSummary("Create a team: a name and the telemetry keys that mean it (unique in the organization); the first key is its primary key")
            .WithProblems(400, 401, 403);

        group.MapPut("/{id:guid}", async (Guid id, UpdateTeamCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("UpdateTeam").WithSummary("Rename a team and replace its telemetry keys").WithProblems(400, 401, 403, 404);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteTeamCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("DeleteTeam").WithSummary("Delete a team; events keep their team text, which shows as it is again").WithProblems(401, 403, 404);

        group.MapPost("/{id:guid}/members", async (Guid id, AddTeamMemberCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { TeamId = id }, ct)))
            .RequireAuthorization(Permissions.MembersManage)
            .Produces<TeamDto>()
            .WithName("AddTeamMember").WithSummary("Add a member of the organization to the team").WithProblems(400, 401, 403, 404);

        group.MapDelete("/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveTeamMemberCommand(id, userId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("RemoveTeamMember").WithSummary("Remove a user from the team").WithProblems(401, 403, 404);
    }
}
