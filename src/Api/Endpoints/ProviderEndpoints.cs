using System.Text.Json.Serialization;
using AIntops.Application.Providers.ConnectProvider;
using AIntops.Application.Providers.DisconnectProvider;
using AIntops.Application.Providers.GetMockProviders;
using AIntops.Application.Providers.ListProviders;
using AIntops.Application.Providers.ReplaceProviderCredentials;
using AIntops.Application.Providers.SyncProvider;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class ProviderEndpoints : IEndpointGroup
{
    /// <param name="Credentials">The new admin API key. Never returned.</param>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    public sealed record ReplaceCredentialsRequest(string Credentials);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/providers").WithTags("Providers").RequireAuthorization();

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListProvidersQuery(), ct)))
            .RequireAuthorization(Permissions.AnalyticsRead)
            .WithName("ListProviderConnections").WithSummary("The organization's provider connections: status, last sync, last error, synced data range and backfill progress (never the keys)")
            .WithProblems(401, 403);

        group.MapGet("/mock", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMockProvidersQuery(), ct)))
            .RequireAuthorization(Permissions.ProvidersManage)
            .WithName("GetMockProviders").WithSummary("The bundled mock providers' base URLs and admin keys, when a mock runs beside this API (MockProviders:BaseUrl); else an empty list")
            .WithProblems(401, 403);

        group.MapPost("/", async (ConnectProviderCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var connection = await mediator.Send(command, ct);
                return TypedResults.Created($"/v1/providers/{connection.Id}", connection);
            })
            .WithName("ConnectProvider").WithSummary("Connect a provider: the key is checked with a live call (key refused or base URL at an internal address: 400; " +
                "provider unreachable or answering wrongly: 502), stored encrypted, " +
                "and a 30-day backfill starts in the background")
            .RequireAuthorization(Permissions.ProvidersManage).WithProblems(400, 401, 402, 403, 502);

        group.MapPut("/{id:guid}/credentials", async (Guid id, ReplaceCredentialsRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplaceProviderCredentialsCommand(id, body.Credentials), ct)))
            .WithName("ReplaceProviderCredentials").WithSummary("Replace (rotate) a connection's key, checked live as on connect; a sync with the new key starts in the background")
            .RequireAuthorization(Permissions.ProvidersManage).WithProblems(400, 401, 403, 404, 502);

        group.MapPost("/{id:guid}/sync", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/v1/providers/{id}", await mediator.Send(new SyncProviderCommand(id), ct)))
            .WithName("SyncProviderConnection").WithSummary("Sync now: starts a sync in the background unless one is running, and answers the connection's state")
            .RequireAuthorization(Permissions.ProvidersManage).WithProblems(401, 403, 404);

        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisconnectProviderCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisconnectProvider").WithSummary("Disconnect a provider: its key and all usage and cost synced through it are deleted")
            .RequireAuthorization(Permissions.ProvidersManage).WithProblems(401, 403, 404);
    }
}
