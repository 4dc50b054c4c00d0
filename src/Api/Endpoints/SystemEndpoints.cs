using AIntops.Application.Jobs.ListJobs;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>The state of the background work, for owners and admins.</summary>
public sealed class SystemEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/system").WithTags("System").RequireAuthorization(Permissions.JobsRead);

        group.MapGet("/jobs", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListJobsQuery(), ct)))
            .WithName("ListJobs").WithSummary("Every scheduled job with its last run (start, duration, outcome, error) and its next run").WithProblems(401, 403);
    }
}
