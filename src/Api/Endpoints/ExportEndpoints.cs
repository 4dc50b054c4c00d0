using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AIntops.Api.Infrastructure;
using AIntops.Application.Analytics;
using AIntops.Application.Exports.ExportSummary;
using AIntops.Application.Exports.ExportUsage;
using AIntops.Application.Requests;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

/// <summary>
/// The ingested calls of a window as CSV or JSON, streamed as they are read, and the ledger's summary by day, provider, model and
/// team. X-Retention-Truncated and X-Retention-Available-From-Utc say whether retention removed the window's oldest part.
/// </summary>
public sealed class ExportEndpoints : IEndpointGroup
{
    private static readonly string[] SummaryColumns =
    [
        "day", "provider", "model", "team", "teamName", "source", "requests", "inputTokens", "outputTokens", "cachedInputTokens", "cacheWriteTokens", "costUsd",
        "unpricedRequests",
    ];

    /// <summary>The columns of a request export, in order.</summary>
    public static IReadOnlyList<string> RequestColumns => Columns;

    private static readonly string[] Columns =
    [
        "id", "externalRequestId", "timestamp", "provider", "model", "endpointTag", "promptVersion", "team", "teamName", "userId", "environment", "dataMode",
        "status", "errorCode", "inputTokens", "outputTokens", "cachedInputTokens", "cacheWriteTokens", "latencyMs", "costUsd", "priceKnown",
        "clientCostUsd", "apiKeyPrefix",
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/exports").WithTags("Exports").RequireAuthorization(Permissions.AnalyticsRead);
        group.MapGet("/usage.csv", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, bool? includeContent, CancellationToken ct) =>
                StreamAsync(http, m, filter, includeContent == true, "text/csv", WriteCsvAsync, ct))
            .Produces<string>(contentType: "text/csv").WithParameterDocs<ExportUsageQuery>().WithName("ExportUsageCsv")
            .WithSummary("Ingested calls of the range as CSV (the analytics filters apply); includeContent=true adds input and output columns (owners and admins)")
            .WithProblems(400, 401, 403);
        group.MapGet("/usage.json", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, bool? includeContent, CancellationToken ct) =>
                StreamAsync(http, m, filter, includeContent == true, "application/json", WriteJsonAsync, ct))
            .Produces<RequestSummary[]>().WithParameterDocs<ExportUsageQuery>().WithName("ExportUsageJson")
            .WithSummary("Ingested calls of the range as a JSON array (the analytics filters apply); includeContent=true adds input and output fields (owners and admins)")
            .WithProblems(400, 401, 403);
        group.MapGet("/summary.csv", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) =>
                SummaryAsync(http, m, filter, "text/csv", (body, rows, token) => WriteCsvAsync(body, rows, SummaryColumns, SummaryValues, token), ct))
            .Produces<string>(contentType: "text/csv")
            .WithName("ExportSummaryCsv").WithSummary("Spend, calls and tokens by day, provider, model and team, with where each row comes from (blended by default)")
            .WithProblems(400, 401, 403);
        group.MapGet("/summary.json", (HttpContext http, IMediator m, [AsParameters] AnalyticsFilter filter, CancellationToken ct) =>
                SummaryAsync(http, m, filter, "application/json", WriteJsonAsync, ct))
            .Produces<SummaryRow[]>()
            .WithName("ExportSummaryJson").WithSummary("Spend, calls and tokens by day, provider, model and team as a JSON array, with where each row comes from (blended by default)")
            .WithProblems(400, 401, 403);
    }

    private static async Task SummaryAsync(HttpContext http, IMediator mediator, AnalyticsFilter filter, string contentType,
        Func<Stream, IAsyncEnumerable<SummaryRow>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportSummaryQuery(filter), cancellationToken);
        Start(http, contentType, "summary", export.From, export.To, export.AvailableFromUtc, export.Truncated);
        await write(http.Response.Body, export.Rows.ToAsyncEnumerable(), cancellationToken);
    }

    private static object?[] SummaryValues(SummaryRow r) =>
    [
        r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Provider, r.Model, r.Team, r.TeamName, r.Source, r.Requests, r.InputTokens, r.OutputTokens,
        r.CachedInputTokens, r.CacheWriteTokens, r.CostUsd, r.UnpricedRequests,
    ];

    private static object?[] RequestValues(RequestSummary r) =>
    [
        r.Id, r.ExternalRequestId, r.Timestamp.ToString("O"), r.Provider, r.Model, r.EndpointTag, r.PromptVersion, r.Team, r.TeamName, r.UserId, r.Environment,
        r.DataMode, r.Status, r.ErrorCode, r.InputTokens, r.OutputTokens, r.CachedInputTokens, r.CacheWriteTokens, r.LatencyMs, r.CostUsd,
        r.PriceKnown, r.ClientCostUsd, r.ApiKeyPrefix,
    ];

    private static void Start(HttpContext http, string contentType, string name, DateTime from, DateTime to, DateTime availableFromUtc, bool truncated)
    {
        http.Response.ContentType = contentType;
        RetentionHeaders.Write(http.Response, availableFromUtc, truncated);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{from:yyyyMMdd}-{to:yyyyMMdd}{Path.GetExtension(http.Request.Path)}\"";
    }

    private static async Task StreamAsync(HttpContext http, IMediator mediator, AnalyticsFilter filter, bool includeContent, string contentType,
        Func<Stream, IAsyncEnumerable<ExportedRequest>, bool, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportUsageQuery(filter, includeContent), cancellationToken);
        Start(http, contentType, "usage", export.From, export.To, export.AvailableFromUtc, export.Truncated);
        await write(http.Response.Body, export.Rows, includeContent, cancellationToken);
    }

    private static Task WriteCsvAsync(Stream body, IAsyncEnumerable<ExportedRequest> rows, bool includeContent, CancellationToken cancellationToken) =>
        includeContent
            ? WriteCsvAsync(body, rows, [.. Columns, .. ContentColumns], r => [.. RequestValues(r.Request), ContentCell(r.Content?.Input), ContentCell(r.Content?.Output)],
                cancellationToken)
            : WriteCsvAsync(body, rows, Columns, r => RequestValues(r.Request), cancellationToken);

    private static readonly string[] ContentColumns = ["input", "output"];

    /// <summary>Plain text as it is; chat messages as their JSON array.</summary>
    private static string? ContentCell(JsonElement? side) => side is { ValueKind: JsonValueKind.String } text ? text.GetString() : side?.GetRawText();

    private static Task WriteJsonAsync(Stream body, IAsyncEnumerable<ExportedRequest> rows, bool includeContent, CancellationToken cancellationToken) =>
        includeContent
            ? WriteJsonAsync(body, rows.Select(r => WithContent(r)), cancellationToken)
            : WriteJsonAsync(body, rows.Select(r => r.Request), cancellationToken);

    private static JsonObject WithContent(ExportedRequest row)
    {
        var node = JsonSerializer.SerializeToNode(row.Request, Web)!.AsObject();
        node["input"] = JsonSerializer.SerializeToNode(row.Content?.Input, Web);
        node["output"] = JsonSerializer.SerializeToNode(row.Content?.Output, Web);
        return node;
    }

    public static async Task WriteCsvAsync<T>(Stream body, IAsyncEnumerable<T> rows, string[] columns, Func<T, object?[]> values,
        CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', columns));
        await foreach (var row in rows.WithCancellation(cancellationToken)) await writer.WriteLineAsync(string.Join(',', values(row).Select(Csv)));
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// RFC 4180: quote fields holding commas, quotes or line breaks; numbers in invariant culture. Text a spreadsheet would take
    /// for a formula (starting with = + - @, a tab or a carriage return; callers choose model names, tags and user ids) is
    /// prefixed with an apostrophe, so opening an export never runs what a caller sent.
    /// </summary>
    private static string Csv(object? value)
    {
        var text = value switch
        {
            null => "", IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), bool b => b ? "true" : "false",
            string s when s.Length > 0 && "=+-@\t\r".Contains(s[0]) => "'" + s, _ => value.ToString()!,
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
    }

    /// <summary>The serializer streams an async sequence as a JSON array, flushing as it goes.</summary>
    private static Task WriteJsonAsync<T>(Stream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(body, rows, Web, cancellationToken);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
