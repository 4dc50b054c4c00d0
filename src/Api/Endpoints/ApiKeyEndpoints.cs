using AIntops.Application.ApiKeys.CreateApiKey;
using AIntops.Application.ApiKeys.ListApiKeys;
using AIntops.Application.ApiKeys.RevokeApiKey;
using AIntops.Application.ApiKeys.RotateApiKey;
using AIntops.Application.ApiKeys.UpdateApiKey;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class ApiKeyEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/api-keys").WithTags("API keys").RequireAuthorization(Permissions.ApiKeysManage);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(), ct)))
            .WithName("ListApiKeys").WithSummary("The organization's ingest API keys (never the secrets)").WithProblems(401, 403);

        group.MapPost("/", async (CreateApiKeyCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/api-keys/{created.Id}", created);
            })
            .WithName("CreateApiKey").WithSummary("Create an ingest API key; the full key is in this response only").WithProblems(400, 401, 403, 404);

        group.MapPut("/{id:guid}", async (Guid id, UpdateApiKeyCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("UpdateApiKey").WithSummary("Rename a key and bind it to a team (or none); ingest with it takes the change within seconds")
            .WithProblems(400, 401, 403, 404);

        group.MapPost("/{id:guid}/rotate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RotateApiKeyCommand(id), ct)))
            .WithName("RotateApiKey").WithSummary("Replace the key's secret; the old secret stops working at once").WithProblems(401, 403, 404, 409);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeApiKeyCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeApiKey").WithSummary("Revoke a key; ingest with it is refused within seconds on every instance").WithProblems(401, 403, 404);
    }
}
