using AIntops.Application.Common;
using AIntops.Application.Common.Validation;
using AIntops.Application.Members.ChangeMemberRole;
using AIntops.Application.Members.ListMembers;
using AIntops.Application.Members.RemoveMember;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class MemberEndpoints : IEndpointGroup
{
    public sealed record ChangeRoleRequest([OneOf(typeof(RoleNames), nameof(RoleNames.All))] string Role);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/members").WithTags("Members").RequireAuthorization();

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListMembersQuery(), ct)))
            .WithName("ListMembers").WithSummary("Members of the current organization").WithProblems(401);

        group.MapPatch("/{userId:guid}", async (Guid userId, ChangeRoleRequest body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ChangeMemberRoleCommand(userId, body.Role), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("ChangeMemberRole").WithSummary("Change a member's role (owners only for owner changes; the last owner cannot be demoted)").WithProblems(400, 401, 403, 404, 409);

        group.MapDelete("/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveMemberCommand(userId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("RemoveMember").WithSummary("Remove a member (the last owner cannot be removed)").WithProblems(401, 403, 404, 409);
    }
}
