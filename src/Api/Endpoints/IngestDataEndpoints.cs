using AIntops.Api.Infrastructure;
using AIntops.Application.Ingest.DeleteIngestedData;
using AIntops.Application.Ingest.GetIngestChecklist;
using AIntops.Application.Ingest.LoadDemoData;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>Managing ingested data from the app (signed in); loading demo data and the checklist also take the ingest API key.</summary>
public sealed class IngestDataEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/ingest").WithTags("Ingest");

        group.MapPost("/demo", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new LoadDemoDataCommand(), ct)))
            .RequirePermissionOrApiKey(Permissions.DataManage)
            .WithName("LoadDemoData").WithSummary($"Add {DemoDataSet.Size} demo events over the last 7 days (dataMode demo, not counted against the plan); each call adds a new set")
            .WithProblems(401, 403, 503);

        group.MapDelete("/demo-data", (string? scope, IMediator mediator, CancellationToken ct) => DeleteAsync(DataModes.Demo, scope, mediator, ct))
            .RequireAuthorization()
            .WithParameterDocs<DeleteIngestedDataCommand>().WithName("DeleteDemoData").WithSummary("Delete demo data: scope=mine (what you loaded) or scope=workspace (everyone's; owners and admins)")
            .WithProblems(400, 401, 403);

        group.MapDelete("/test-data", (string? scope, IMediator mediator, CancellationToken ct) => DeleteAsync(DataModes.Test, scope, mediator, ct))
            .RequireAuthorization()
            .WithParameterDocs<DeleteIngestedDataCommand>().WithName("DeleteTestData").WithSummary("Delete test data: scope=mine (sent with your API keys) or scope=workspace (everyone's; owners and admins)")
            .WithProblems(400, 401, 403);

        group.MapGet("/checklist", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetIngestChecklistQuery(), ct)))
            .RequirePermissionOrApiKey(Permissions.AnalyticsRead)
            .WithName("GetIngestChecklist").WithSummary("First-ingest checklist and tracking-quality score over the last 7 days of your applications' events")
            .WithProblems(401, 403);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<IngestDataDeleted>> DeleteAsync(string dataMode, string? scope, IMediator mediator,
        CancellationToken ct) => TypedResults.Ok(await mediator.Send(new DeleteIngestedDataCommand(dataMode, scope), ct));
}
