using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AIntops.Api.Otlp.Protos;
using Google.Protobuf;

namespace AIntops.IntegrationTests.Support;

/// <summary>OTLP trace exports built and sent as an exporter would, in protobuf or in OTLP/JSON.</summary>
public static class OtlpApi
{
    public const string Path = "/otlp/v1/traces";

    public static KeyValue Attribute(string key, object value) => new()
    {
        Key = key,
        Value = value switch
        {
            string text => new AnyValue { StringValue = text },
            long or int => new AnyValue { IntValue = Convert.ToInt64(value) },
            double number => new AnyValue { DoubleValue = number },
            bool flag => new AnyValue { BoolValue = flag },
            _ => throw new ArgumentException($"No OTLP value for {value.GetType()}"),
        },
    };

    public static Span Span(string name, DateTime start, TimeSpan duration, params (string Key, object Value)[] attributes)
    {
        var span = new Span
        {
            TraceId = Id(ActivityTraceId.CreateRandom().ToHexString()),
            SpanId = Id(ActivitySpanId.CreateRandom().ToHexString()),
            Name = name,
            Kind = AIntops.Api.Otlp.Protos.Span.Types.SpanKind.Client,
            StartTimeUnixNano = Nanos(start),
            EndTimeUnixNano = Nanos(start + duration),
        };
        span.Attributes.AddRange(attributes.Select(a => Attribute(a.Key, a.Value)));
        return span;
    }

    /// <summary>The spans of a finished activity, as the OTLP exporter writes them.</summary>
    public static Span Span(Activity activity)
    {
        var span = Span(activity.DisplayName, activity.StartTimeUtc, activity.Duration,
            [.. activity.TagObjects.Where(t => t.Value is not null).Select(t => (t.Key, t.Value is int i ? (object)(long)i : t.Value!))]);
        span.TraceId = Id(activity.TraceId.ToHexString());
        span.SpanId = Id(activity.SpanId.ToHexString());
        if (activity.Status == ActivityStatusCode.Error) span.Status = new Status { Code = Status.Types.StatusCode.Error, Message = activity.StatusDescription ?? "" };
        return span;
    }

    /// <summary>The event id a span becomes: trace id and span id in hex.</summary>
    public static string Id(Span span) => $"{Convert.ToHexStringLower(span.TraceId.Span)}:{Convert.ToHexStringLower(span.SpanId.Span)}";

    public static ExportTraceServiceRequest Export(IEnumerable<Span> spans, params (string Key, object Value)[] resource)
    {
        var resourceSpans = new ResourceSpans { Resource = new Resource(), ScopeSpans = { new ScopeSpans() } };
        resourceSpans.Resource.Attributes.AddRange(resource.Select(a => Attribute(a.Key, a.Value)));
        resourceSpans.ScopeSpans[0].Spans.AddRange(spans);
        return new ExportTraceServiceRequest { ResourceSpans = { resourceSpans } };
    }

    /// <summary>OTLP/JSON: the protobuf JSON mapping with trace and span ids in hex.</summary>
    public static string Json(ExportTraceServiceRequest request)
    {
        var json = JsonNode.Parse(JsonFormatter.Default.Format(request))!;
        foreach (var span in json["resourceSpans"]!.AsArray().SelectMany(r => r!["scopeSpans"]!.AsArray()).SelectMany(s => s!["spans"]!.AsArray()))
            foreach (var id in new[] { "traceId", "spanId" })
                span![id] = Convert.ToHexStringLower(Convert.FromBase64String(span[id]!.GetValue<string>()));
        return json.ToJsonString();
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, ExportTraceServiceRequest request, bool json = false, bool gzip = false)
    {
        var body = json ? System.Text.Encoding.UTF8.GetBytes(Json(request)) : request.ToByteArray();
        return await client.SendRawAsync(body, json ? "application/json" : "application/x-protobuf", gzip);
    }

    public static async Task<HttpResponseMessage> SendRawAsync(this HttpClient client, byte[] body, string contentType, bool gzip = false)
    {
        if (gzip)
        {
            var compressed = new MemoryStream();
            await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest)) await zip.WriteAsync(body);
            body = compressed.ToArray();
        }
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (gzip) content.Headers.ContentEncoding.Add("gzip");
        return await client.PostAsync(Path, content);
    }

    /// <summary>The answer to a protobuf export.</summary>
    public static async Task<ExportTraceServiceResponse> ExportAnswerAsync(this HttpResponseMessage response)
    {
        await response.ExpectAsync(System.Net.HttpStatusCode.OK);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        return ExportTraceServiceResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
    }

    private static ByteString Id(string hex) => ByteString.CopyFrom(Convert.FromHexString(hex));

    private static ulong Nanos(DateTime utc) => (ulong)(utc - DateTime.UnixEpoch).Ticks * 100;
}
