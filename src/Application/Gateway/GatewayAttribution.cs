using System.Text.Json;
using AIntops.Application.Ingest;

namespace AIntops.Application.Gateway;

/// <summary>
/// The attribution a gateway caller sends in <c>X-AIntops-*</c> headers, read into the event the call will become and checked by
/// the ingest parser's rules, so a header is refused for exactly what the same field of <c>POST /v1/ingest</c> is refused for.
/// </summary>
public static class GatewayAttribution
{
    public const string KeyHeader = "X-AIntops-Key";
    public const string RequestIdHeader = "X-AIntops-Request-Id";

    /// <summary>Each header and the ingest field it fills.</summary>
    public static readonly IReadOnlyList<(string Header, string Field)> Headers =
    [
        (RequestIdHeader, "externalRequestId"), ("X-AIntops-Team", "team"), ("X-AIntops-User", "userId"), ("X-AIntops-Feature", "endpointTag"),
        ("X-AIntops-Prompt-Version", "promptVersion"), ("X-AIntops-Environment", "environment"), ("X-AIntops-Data-Mode", "dataMode"),
    ];

    /// <summary>The event with its attribution, timestamp <paramref name="now"/> and no usage yet; null with <paramref name="errors"/> keyed by header.</summary>
    /// <param name="header">A header's value, or null when the request has none.</param>
    public static IngestEvent? Read(Func<string, string?> header, string provider, DateTime now, out Dictionary<string, string[]>? errors)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("provider", provider);
            json.WriteString("model", "unknown");
            json.WriteString("timestamp", now);
            foreach (var (name, field) in Headers)
                json.WriteString(field, header(name) is { Length: > 0 } value ? value : field == "externalRequestId" ? Guid.CreateVersion7().ToString() : null);
            json.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        var parsed = IngestEventParser.Parse(document.RootElement, now, out var fieldErrors);
        errors = fieldErrors?.ToDictionary(e => Headers.FirstOrDefault(h => h.Field == e.Key).Header ?? e.Key, e => e.Value);
        return parsed;
    }
}
