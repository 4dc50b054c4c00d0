using System.Text.Json;
using AIntops.Api.Infrastructure;
using AIntops.Application.ApiKeys;
using AIntops.Application.Common.Exceptions;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using Microsoft.AspNetCore.Mvc;

namespace AIntops.Api.Endpoints;

/// <summary>
/// Telemetry ingest, authenticated by X-API-Key. Deliberately off the mediator: this is the hot
/// path, and it answers only after the events are committed.
/// </summary>
public sealed class IngestEndpoints : IEndpointGroup
{
    private const int MaxSingleEventBytes = 64 * 1024;

    public sealed record BatchResultItem(int Index, IngestResult? Result, IDictionary<string, string[]>? Errors);

    public sealed record BatchResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<BatchResultItem> Results);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/ingest").WithTags("Ingest").RequireApiKey();

        foreach (var path in new[] { "/", "/llm-request" })
            group.MapPost(path, IngestOneAsync)
                .Accepts<IngestEventDocument>("application/json")
                .Produces<IngestResult>()
                .Produces<ProblemDetails>(StatusCodes.Status402PaymentRequired, "application/problem+json")
                .ProducesProblem(503)
                .WithName(path == "/" ? "Ingest" : "IngestLlmRequest")
                .WithSummary(path == "/" ? "Record one LLM call" : "Record one LLM call (alias of POST /v1/ingest)")
                .WithProblems(400, 401, 413, 429);

        group.MapPost("/batch", IngestBatchAsync)
            .Accepts<BatchRequestDocument>("application/json")
            .Produces<BatchResponse>()
            .ProducesProblem(503)
            .WithName("IngestBatch").WithSummary($"Record up to {IngestLimits.MaxBatchEvents} LLM calls; per-event results in order, valid events accepted even when others are rejected")
            .WithProblems(400, 401, 402, 413, 429);
    }

    private static async Task<IResult> IngestOneAsync(HttpContext context, IngestRateLimiter limiter, IngestService ingest, TimeProvider clock)
    {
        var key = context.User.ApiKey();
        var json = await ReadJsonAsync(context, MaxSingleEventBytes);
        Throttle(limiter, key, 1);
        var parsed = IngestEventParser.Parse(json.RootElement, clock.GetUtcNow().UtcDateTime, out var errors);
        if (parsed is null) throw new FluentValidation.ValidationException(errors!.SelectMany(e => e.Value.Select(m => new FluentValidation.Results.ValidationFailure(e.Key, m))));
        var result = (await ingest.IngestAsync(key, [parsed], context.RequestAborted))[0];
        if (result.Reason == IngestResult.CostLimitExceeded) throw Invalid("cost", IngestResult.CostLimitMessage);
        return result.IsPlanLimitReached ? PlanLimitProblem(context, result, 1, clock) : TypedResults.Ok(result);
    }

    private static async Task<IResult> IngestBatchAsync(HttpContext context, IngestRateLimiter limiter, IngestService ingest, TimeProvider clock)
    {
        var key = context.User.ApiKey();
        var json = await ReadJsonAsync(context, IngestLimits.MaxBatchBytes);
        if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("events", out var items) || items.ValueKind != JsonValueKind.Array)
            throw Invalid("events", "The body must be an object with an \"events\" array.");
        if (items.GetArrayLength() > IngestLimits.MaxBatchEvents)
            throw new PayloadTooLargeException($"A batch holds at most {IngestLimits.MaxBatchEvents} events; this one has {items.GetArrayLength()}.");
        Throttle(limiter, key, items.GetArrayLength());

        var now = clock.GetUtcNow().UtcDateTime;
        var answers = new List<BatchResultItem?>();
        var valid = new List<(int Index, IngestEvent Event)>();
        foreach (var element in items.EnumerateArray())
        {
            var parsed = IngestEventParser.Parse(element, now, out var errors);
            if (parsed is null) answers.Add(new BatchResultItem(answers.Count, null, errors));
            else { valid.Add((answers.Count, parsed)); answers.Add(null); }
        }
        var results = await ingest.IngestAsync(key, valid.Select(v => v.Event).ToList(), context.RequestAborted);
        for (var i = 0; i < valid.Count; i++)
            answers[valid[i].Index] = results[i].Reason == IngestResult.CostLimitExceeded
                ? new BatchResultItem(valid[i].Index, null, new Dictionary<string, string[]> { ["cost"] = [IngestResult.CostLimitMessage] })
                : new BatchResultItem(valid[i].Index, results[i], null);

        var all = answers.Select(i => i!).ToList();
        if (valid.Count > 0 && results.All(r => r.IsPlanLimitReached)) return PlanLimitProblem(context, results[0], valid.Count, clock);
        return TypedResults.Ok(new BatchResponse(
            all.Count(i => i.Result is { Ok: true, Duplicate: false }), all.Count(i => i.Result is { Duplicate: true }),
            all.Count(i => i.Result is not { Ok: true }), all));
    }

    internal static void Throttle(IngestRateLimiter limiter, ApiKeyIdentity key, int events)
    {
        if (limiter.TryAcquire(key.KeyId, events) is { } retryAfter)
            throw new TooManyRequestsException("Too many ingest events for this API key. Slow down.", retryAfter);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpContext context, int maxBytes)
    {
        LimitBody(context, maxBytes);
        if (!context.Request.HasJsonContentType()) throw Invalid("body", "Send JSON with Content-Type: application/json.");
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            throw Invalid("body", "The body is not valid JSON.");
        }
    }

    /// <summary>413 for a body announced larger than <paramref name="maxBytes"/>, and Kestrel stops reading one that grows past it.</summary>
    internal static void LimitBody(HttpContext context, int maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
            throw new PayloadTooLargeException($"The body may be at most {maxBytes / 1024} KB.");
        var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = maxBytes;
    }

    internal static FluentValidation.ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);

    /// <summary>402, with <c>Retry-After</c> at the start of the next month (UTC), when the plan's counter starts again.</summary>
    internal static IResult PlanLimitProblem(HttpContext context, IngestResult result, int events, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        ProblemDetailsExceptionHandler.SetRetryAfter(context, new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1) - now);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status402PaymentRequired,
            Title = "Plan limit reached.",
            Detail = $"This organization's monthly request limit is used up; {events} event(s) were not recorded. Telemetry is paused until next month or a plan change; your provider calls are not affected.",
            Extensions =
            {
                ["ok"] = false, ["reason"] = result.Reason, ["telemetryPaused"] = true, ["providerCallsContinue"] = true,
                ["isPlanLimitReached"] = true, ["budgetWarning"] = result.BudgetWarning, ["budgetExceeded"] = result.BudgetExceeded,
            },
        });
    }
}
