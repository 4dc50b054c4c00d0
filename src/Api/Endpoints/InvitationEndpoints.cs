using AIntops.Api.Infrastructure;
using AIntops.Application.Invitations.AcceptInvitation;
using AIntops.Application.Invitations.CreateInvitation;
using AIntops.Application.Invitations.GetInvitation;
using AIntops.Application.Invitations.ListInvitations;
using AIntops.Application.Invitations.RevokeInvitation;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class InvitationEndpoints : IEndpointGroup
{
    public sealed record AcceptRequest(string Password, string? Name);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/invitations").WithTags("Invitations");

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListInvitationsQuery(), ct)))
            .RequireAuthorization(Permissions.MembersManage).WithName("ListInvitations").WithSummary("Open invitations").WithProblems(401, 403);

        group.MapPost("/", async (CreateInvitationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/invitations/{created.Id}", created);
            })
            .RequireAuthorization(Permissions.MembersManage)
            .WithName("CreateInvitation").WithSummary("Invite someone by email with a role; the response carries the accept token and link").WithProblems(400, 401, 402, 403, 409);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeInvitationCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.MembersManage).WithName("RevokeInvitation").WithSummary("Withdraw an open invitation").WithProblems(401, 403, 404);

        group.MapPost("/lookup", async (GetInvitationQuery query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimitSetup.AuthPolicy)
            .WithName("LookUpInvitation")
            .WithSummary("What an invitation is for (organization, email, role), by the secret token of its link").WithProblems(400, 404, 429);

        group.MapPost("/accept", async (AcceptInvitationCommand command, IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(command, context.RequestAborted)))
            .AllowAnonymous().RequireRateLimiting(RateLimitSetup.AuthPolicy)
            .IssuesRefreshCookie().WithName("AcceptInvitation")
            .WithSummary("Accept an invitation with the existing account's password, or create the account with name and password")
            .WithProblems(400, 401, 404, 409, 429);

        // The earlier paths, with the token in the URL (where proxies and access logs keep it), answered for one more release with a
        // Deprecation header. The GET is left out of the document: to a client it is the same path as DELETE /v1/invitations/{id}.
        group.MapGet("/{token}", async (string token, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInvitationQuery(token), ct)))
            .AllowAnonymous().Deprecated("/v1/invitations/lookup").ExcludeFromDescription();

        group.MapPost("/{token}/accept", async (string token, AcceptRequest body, IMediator mediator, HttpContext context) =>
                RefreshCookie.Issue(context, await mediator.Send(new AcceptInvitationCommand(token, body.Password, body.Name), context.RequestAborted)))
            .AllowAnonymous().RequireRateLimiting(RateLimitSetup.AuthPolicy)
            .Deprecated("/v1/invitations/accept")
            .IssuesRefreshCookie().WithName("AcceptInvitationByToken")
            .WithSummary("Deprecated: use POST /v1/invitations/accept. Accept an invitation whose secret token is in the path")
            .WithProblems(400, 401, 404, 409, 429);
    }
}
