using System.Globalization;
using System.Text;
using System.Text.Json;
using AIntops.Api.Infrastructure;
using AIntops.Application.Analytics;
using AIntops.Application.Exports;
using AIntops.Application.Requests;
using AIntops.Domain.Organizations;
using MediatR;

namespace AIntops.Api.Endpoints;

/// <summary>
/// The ingested calls of a window as CSV or JSON, streamed as they are read. X-Retention-Truncated and
/// X-Retention-Available-From-Utc say whether retention removed the window's oldest part.
/// </summary>
public sealed class ExportEndpoints : IEndpointGroup
{
    private static readonly string[] Columns =
    [
        "id", "externalRequestId", "timestamp", "provider", "model", "endpointTag", "promptVersion", "team", "userId", "environment", "dataMode",
        "status", "errorCode", "inputTokens", "outputTokens", "cachedInputTokens", "cacheWriteTokens", "latencyMs", "costUsd", "priceKnown",
        "clientCostUsd", "apiKeyPrefix",
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/exports").WithTags("Exports").RequireAuthorization(Permissions.AnalyticsRead);
        group.MapGet("/usage.csv", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) =>
                StreamAsync(http, m, filter, "text/csv", WriteCsvAsync, ct))
            .Produces<string>(contentType: "text/csv").WithSummary("Ingested calls of the range as CSV (the analytics filters apply)")
            .WithProblems(400, 401, 403);
        group.MapGet("/usage.json", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) =>
                StreamAsync(http, m, filter, "application/json", WriteJsonAsync, ct))
            .Produces<RequestSummary[]>().WithSummary("Ingested calls of the range as a JSON array (the analytics filters apply)")
            .WithProblems(400, 401, 403);
    }

    private static async Task StreamAsync(HttpContext http, IMediator mediator, AnalyticsFilter filter, string contentType,
        Func<Stream, IAsyncEnumerable<RequestSummary>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportUsageQuery(filter), cancellationToken);
        http.Response.ContentType = contentType;
        RetentionHeaders.Write(http.Response, export.AvailableFromUtc, export.Truncated);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"usage-{export.From:yyyyMMdd}-{export.To:yyyyMMdd}{Path.GetExtension(http.Request.Path)}\"";
        await write(http.Response.Body, export.Rows, cancellationToken);
    }

    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<RequestSummary> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', Columns));
        await foreach (var r in rows.WithCancellation(cancellationToken))
            await writer.WriteLineAsync(string.Join(',', new object?[]
            {
                r.Id, r.ExternalRequestId, r.Timestamp.ToString("O"), r.Provider, r.Model, r.EndpointTag, r.PromptVersion, r.Team, r.UserId, r.Environment,
                r.DataMode, r.Status, r.ErrorCode, r.InputTokens, r.OutputTokens, r.CachedInputTokens, r.CacheWriteTokens, r.LatencyMs, r.CostUsd,
                r.PriceKnown, r.ClientCostUsd, r.ApiKeyPrefix,
            }.Select(Csv)));
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>RFC 4180: quote fields holding commas, quotes or line breaks; numbers in invariant culture.</summary>
    private static string Csv(object? value)
    {
        var text = value switch { null => "", IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), bool b => b ? "true" : "false", _ => value.ToString()! };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
    }

    /// <summary>The serializer streams an async sequence as a JSON array, flushing as it goes.</summary>
    private static Task WriteJsonAsync(Stream body, IAsyncEnumerable<RequestSummary> rows, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(body, rows, new JsonSerializerOptions(JsonSerializerDefaults.Web), cancellationToken);
}
