using AIntops.Api.Infrastructure;
using AIntops.Application.Requests.GetRequest;
using AIntops.Application.Requests.ListRequests;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>The request log: ingested LLM calls one by one.</summary>
public sealed class RequestEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/requests").WithTags("Requests").RequireAuthorization(Permissions.AnalyticsRead);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, int? limit, string? before, string? model, string? endpointTag, string? promptVersion,
                string? team,
                string? status, string? dataMode, Guid? apiKeyId, string? userId, string? provider, string? environment, DateTime? from, DateTime? to) =>
                TypedResults.Ok(await mediator.Send(new ListRequestsQuery
                {
                    Limit = limit ?? 50, Before = before, Model = model, EndpointTag = endpointTag, PromptVersion = promptVersion, Team = team, Status = status,
                    DataMode = dataMode?.ToLowerInvariant() ?? DataModes.Real, ApiKeyId = apiKeyId, UserId = userId, Provider = provider,
                    Environment = environment?.ToLowerInvariant(), From = from, To = to,
                }, ct)))
            .WithParameterDocs<ListRequestsQuery>().WithName("ListRequests").WithSummary("Ingested calls, newest first, filtered by model, feature, prompt version, team, status, API key, user, provider, environment and time; " +
                "real data unless dataMode says otherwise (cursor: pass nextBefore as before)")
            .WithProblems(400, 401, 403, 404);

        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetRequestQuery(id), ct)))
            .WithName("GetRequest").WithSummary("One ingested call with its metadata").WithProblems(401, 403, 404);
    }
}
