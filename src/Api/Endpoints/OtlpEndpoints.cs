using System.IO.Compression;
using AIntops.Api.Infrastructure;
using AIntops.Api.Otlp;
using AIntops.Api.Otlp.Protos;
using AIntops.Application.Common.Exceptions;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using Google.Protobuf;
using Microsoft.AspNetCore.Mvc;

namespace AIntops.Api.Endpoints;

/// <summary>
/// OTLP/HTTP trace export (<c>OTEL_EXPORTER_OTLP_ENDPOINT=…/otlp</c>): spans of model calls become ingest events, the others are
/// ignored. The answer follows OTLP — 200 with <c>partialSuccess</c> naming rejected spans, in the request's encoding; errors
/// are ProblemDetails with the status codes and <c>Retry-After</c> that exporters act on (docs/adr/0029-otlp-ingest.md).
/// </summary>
public sealed class OtlpEndpoints : IEndpointGroup
{
    private const string Protobuf = "application/x-protobuf";
    private const int MaxReasons = 5;

    private static readonly JsonParser Json = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/otlp/v1/traces", ExportAsync).WithTags("Ingest").RequireApiKey()
            .Accepts<OtlpTracesDocument>(Protobuf, "application/json")
            .Produces<OtlpExportResult>(StatusCodes.Status200OK, "application/json", Protobuf)
            .Produces<ProblemDetails>(StatusCodes.Status402PaymentRequired, "application/problem+json")
            .ProducesProblem(503)
            .WithName("ExportTraces")
            .WithSummary("Record the model calls in OpenTelemetry spans (OTLP/HTTP, protobuf or JSON, gzip accepted)")
            .WithProblems(400, 401, 413, 429);

    private static async Task<IResult> ExportAsync(HttpContext context, IngestRateLimiter limiter, IngestService ingest, TimeProvider clock)
    {
        var key = context.User.ApiKey();
        // Routing took only protobuf or JSON (Accepts); any other type is a 415 (MediaTypeProblems).
        var isJson = context.Request.HasJsonContentType();
        var request = Decode(await ReadBodyAsync(context, IngestLimits.MaxBatchBytes), isJson);

        var now = clock.GetUtcNow().UtcDateTime;
        var mapping = GenAiSpans.Map(request, now);
        IngestEndpoints.Throttle(limiter, key, mapping.Events.Count);
        var results = new List<IngestResult>(mapping.Events.Count);
        foreach (var chunk in mapping.Events.Chunk(IngestLimits.MaxBatchEvents))
            results.AddRange(await ingest.IngestAsync(key, chunk, context.RequestAborted));
        if (results.Count > 0 && results.All(r => r.IsPlanLimitReached))
            return IngestEndpoints.PlanLimitProblem(context, results[0], results.Count, clock);

        var rejected = mapping.Rejected.Concat(results.Select((r, i) => r.Reason switch
        {
            null => null,
            IngestResult.CostLimitExceeded => $"span {mapping.Events[i].ExternalRequestId}: {IngestResult.CostLimitMessage}",
            _ => $"span {mapping.Events[i].ExternalRequestId}: the organization's monthly plan limit is reached",
        }).OfType<string>()).ToList();
        var answer = new ExportTraceServiceResponse();
        if (rejected.Count > 0)
            answer.PartialSuccess = new ExportTracePartialSuccess
            {
                RejectedSpans = rejected.Count,
                ErrorMessage = string.Join("; ", rejected.Take(MaxReasons)) + (rejected.Count > MaxReasons ? $"; and {rejected.Count - MaxReasons} more" : ""),
            };
        return isJson
            ? Results.Text(JsonFormatter.Default.Format(answer), "application/json")
            : Results.Bytes(answer.ToByteArray(), Protobuf);
    }

    private static ExportTraceServiceRequest Decode(byte[] body, bool isJson)
    {
        try
        {
            if (!isJson) return ExportTraceServiceRequest.Parser.ParseFrom(body);
            var request = Json.Parse<ExportTraceServiceRequest>(new StreamReader(new MemoryStream(body)));
            GenAiSpans.RestoreHexIds(request);
            return request;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw IngestEndpoints.Invalid("body", $"The body is not an OTLP trace export in {(isJson ? "JSON" : "protobuf")}.");
        }
    }

    /// <summary>The body, gunzipped when sent with <c>Content-Encoding: gzip</c>; at most <paramref name="maxBytes"/> either way.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContext context, int maxBytes)
    {
        IngestEndpoints.LimitBody(context, maxBytes);
        await using var gunzip = context.Request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant() switch
        {
            "" or "identity" => null,
            "gzip" => new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => throw IngestEndpoints.Invalid("body", "Content-Encoding may be gzip or none."),
        };
        var body = gunzip ?? context.Request.Body;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw new PayloadTooLargeException($"The uncompressed body may be at most {maxBytes / 1024} KB.");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw IngestEndpoints.Invalid("body", "The body is not valid gzip.");
        }
        return buffer.ToArray();
    }
}
