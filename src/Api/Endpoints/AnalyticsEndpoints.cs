using AIntops.Api.Infrastructure;
using AIntops.Application.Analytics;
using AIntops.Application.Analytics.ComparePromptVersions;
using AIntops.Application.Analytics.GetActorActivity;
using AIntops.Application.Analytics.ExploreUsage;
using AIntops.Application.Analytics.GetCostPerModel;
using AIntops.Application.Analytics.GetLatency;
using AIntops.Application.Analytics.GetOverview;
using AIntops.Application.Analytics.GetTokens;
using AIntops.Application.Analytics.GetTopUsers;
using AIntops.Application.Analytics.GetUsageOverTime;
using AIntops.Application.Analytics.GetUserPivot;
using AIntops.Application.Analytics.GetUserTimelines;
using AIntops.Application.Analytics.Reconcile;
using AIntops.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AIntops.Api.Endpoints;

/// <summary>
/// Dashboard figures and the usage explorer, from the ingest rollups. Every endpoint takes the same
/// filters: range (7d, 30d, 90d, mtd, custom with from/to), provider, model, team, environment, dataMode.
/// </summary>
public sealed class AnalyticsEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/v1/dashboard").WithTags("Analytics").RequireAuthorization(Permissions.AnalyticsRead)
            .AddEndpointFilter<RetentionHeaders>();
        dashboard.MapGet("/overview", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetOverviewQuery(filter), ct))
            .WithName("GetOverview").WithSummary("Key figures: spend (range and month to date), requests, errors, tokens, latency, users, unpriced calls, provider shares")
            .WithProblems(400, 401, 403);
        foreach (var (path, name, summary) in new[]
                 {
                     ("/spend-over-time", "GetSpendOverTime", "Spend per day or week, optionally split by provider or model"),
                     ("/token-consumption", "GetTokenConsumption", "Uncached input, cached input, cache-write and output tokens per day or week"),
                     ("/request-volume", "GetRequestVolume", "Requests and errors per day or week"),
                 })
            dashboard.MapGet(path, (IMediator m, [AsParameters] AnalyticsFilter filter, string? interval, string? splitBy, CancellationToken ct) =>
                    Ok(m, new GetUsageOverTimeQuery(filter, interval, splitBy), ct))
                .WithParameterDocs<GetUsageOverTimeQuery>().WithName(name).WithSummary(summary).WithProblems(400, 401, 403);
        dashboard.MapGet("/cost-per-model", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetCostPerModelQuery(filter), ct))
            .WithName("GetCostPerModel").WithSummary("Models ranked by spend").WithProblems(400, 401, 403);
        dashboard.MapGet("/latency", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetLatencyQuery(filter), ct))
            .WithName("GetLatency").WithSummary("Average, P50 and P95 latency overall and per model").WithProblems(400, 401, 403);
        dashboard.MapGet("/top-users", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetTopUsersQuery(filter), ct))
            .WithName("GetTopUsers").WithSummary("Top 10 users by spend and by requests").WithProblems(400, 401, 403);
        dashboard.MapGet("/user-timelines", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetUserTimelinesQuery(filter), ct))
            .WithName("GetUserTimelines").WithSummary("Active users, average cost and requests per user, per day").WithProblems(400, 401, 403);
        dashboard.MapGet("/user-pivot", (IMediator m, [AsParameters] AnalyticsFilter filter, string? by, int? limit, CancellationToken ct) =>
                Ok(m, new GetUserPivotQuery(filter, by, limit), ct))
            .WithParameterDocs<GetUserPivotQuery>().WithName("GetUserPivot").WithSummary("Activity by user and model, provider or team").WithProblems(400, 401, 403);

        var usage = app.MapGroup("/v1/usage").WithTags("Analytics").RequireAuthorization(Permissions.AnalyticsRead)
            .AddEndpointFilter<RetentionHeaders>();
        usage.MapGet("/tokens", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new GetTokensQuery(filter), ct))
            .WithName("GetTokens").WithSummary("Tokens by day, by endpointTag and by model, with averages per request and per response").WithProblems(400, 401, 403);
        usage.MapGet("/prompt-versions", (IMediator m, [AsParameters] AnalyticsFilter filter, string? endpointTag, string[]? versions, CancellationToken ct) =>
                Ok(m, new ComparePromptVersionsQuery(filter, endpointTag ?? "", versions ?? []), ct))
            .WithParameterDocs<ComparePromptVersionsQuery>().WithName("ComparePromptVersions").WithSummary("Prompt versions of one endpointTag side by side: cost per request, tokens, latency, error rate (versions=v1&versions=v2)")
            .WithProblems(400, 401, 403);
        usage.MapGet("/reconciliation", (IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) => Ok(m, new ReconcileQuery(filter), ct))
            .WithName("GetReconciliation").WithSummary("Billed spend (provider cost reports) against attributed spend (ingested real calls) by day and model, with the gap and coverage")
            .WithProblems(400, 401, 403);
        usage.MapGet("/explorer", (IMediator m, [AsParameters] AnalyticsFilter filter, string? groupBy, string? thenBy, string? sort, string? order,
                    int? limit, CancellationToken ct) => Ok(m, new ExploreUsageQuery(filter, groupBy ?? "model", thenBy, sort, order, limit), ct))
            .WithParameterDocs<ExploreUsageQuery>().WithName("ExploreUsage").WithSummary("Spend, requests and tokens grouped by one or two of provider, model, user, team, endpointTag, promptVersion, environment, apiKey")
            .WithProblems(400, 401, 403);
        app.MapGroup("/v1/analytics").WithTags("Analytics").RequireAuthorization(Permissions.ActivityRead).AddEndpointFilter<RetentionHeaders>()
            .MapGet("/actors", (IMediator m, [AsParameters] AnalyticsFilter filter, int? limit, CancellationToken ct) => Ok(m, new GetActorActivityQuery(filter, limit), ct))
            .WithParameterDocs<GetActorActivityQuery>().WithName("GetActorActivity")
            .WithSummary("Calls, spend and last seen (end of the latest hour with calls) per API key and per end user, by spend (owners and admins)")
            .WithProblems(400, 401, 403);
    }

    private static async Task<Ok<T>> Ok<T>(IMediator mediator, IRequest<T> query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
