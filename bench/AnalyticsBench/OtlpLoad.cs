using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using AIntops.Api.Otlp.Protos;
using Google.Protobuf;

namespace AIntops.Bench;

/// <summary>
/// The same model calls sent for the same time through <c>POST /v1/ingest/batch</c> (JSON), <c>POST /otlp/v1/traces</c> in
/// protobuf (what OpenTelemetry exporters send by default) and in OTLP/JSON: 8 senders, 512 events per request (the exporters'
/// default batch), every event new. The bodies are built before each measurement, so the senders only send. Prints
/// events/s and request latency for each.
/// </summary>
public static class OtlpLoad
{
    private const int BatchSize = 512, Senders = 8;

    /// <summary>Bodies built per second of measurement: more than the server takes on this machine.</summary>
    private const int BodiesPerSecond = 60;
    private static readonly string[] Models = ["gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet-20241022", "gemini-2.5-pro"];
    private static readonly string[] Tags = ["checkout.summary", "search.rerank", "support.reply"];

    private sealed record Call(string Id, byte[] TraceId, byte[] SpanId, string Model, string Tag, int User, int Team, int Input, int Output, int Cached, int LatencyMs, DateTime At);

    public static async Task<int> RunAsync(Uri url, string key, int seconds)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-API-Key", key);
        (string Name, string Path, string Type, Func<Call[], byte[]> Body)[] ways =
        [
            ("/v1/ingest/batch, JSON", "/v1/ingest/batch", "application/json", calls => Encoding.UTF8.GetBytes(BatchJson(calls))),
            ("/otlp/v1/traces, protobuf", "/otlp/v1/traces", "application/x-protobuf", calls => Export(calls).ToByteArray()),
            ("/otlp/v1/traces, OTLP/JSON", "/otlp/v1/traces", "application/json", calls => Encoding.UTF8.GetBytes(OtlpJson(calls))),
        ];
        Console.WriteLine($"warm-up: 5 s of each; then {seconds} s of each, {Senders} senders, {BatchSize} events per request");
        foreach (var way in ways) await MeasureAsync(http, way.Path, way.Type, Bodies(way.Body, 5), 5);
        foreach (var way in ways)
        {
            var (events, requests, latencies) = await MeasureAsync(http, way.Path, way.Type, Bodies(way.Body, seconds), seconds);
            latencies.Sort();
            Console.WriteLine($"{way.Name,-28} events/s: {events / (double)seconds,8:N0}  requests/s: {requests / (double)seconds,6:N1}  " +
                $"p50: {latencies[latencies.Count / 2],6:N1} ms  p99: {latencies[(int)(latencies.Count * 0.99)],6:N1} ms");
        }
        return 0;
    }

    private static byte[][] Bodies(Func<Call[], byte[]> body, int seconds)
    {
        var random = new Random();
        return [.. Enumerable.Range(0, seconds * BodiesPerSecond).Select(_ => body(Calls(random)))];
    }

    private static async Task<(long Events, long Requests, List<double> LatenciesMs)> MeasureAsync(HttpClient http, string path, string type, byte[][] bodies, int seconds)
    {
        var until = Stopwatch.GetTimestamp() + seconds * Stopwatch.Frequency;
        var latencies = new List<double>();
        long events = 0, requests = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); Stopwatch.GetTimestamp() < until; i = Interlocked.Increment(ref next))
            {
                if (i >= bodies.Length) throw new InvalidOperationException($"{path}: all {bodies.Length} prepared bodies were sent before the time was up");
                using var content = Content(bodies[i], type);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(path, content);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                lock (latencies) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Add(ref events, BatchSize);
                Interlocked.Increment(ref requests);
            }
        })));
        return (events, requests, latencies);
    }

    private static Call[] Calls(Random random) => [.. Enumerable.Range(0, BatchSize).Select(i =>
    {
        var (trace, span) = (new byte[16], new byte[8]);
        random.NextBytes(trace);
        random.NextBytes(span);
        var id = $"{Convert.ToHexStringLower(trace)}:{Convert.ToHexStringLower(span)}";
        return new Call(id, trace, span, Models[i % Models.Length], Tags[i % Tags.Length], random.Next(200), random.Next(5),
            800 + random.Next(400), 150 + random.Next(90), random.Next(300), 300 + random.Next(900), DateTime.UtcNow.AddSeconds(-random.Next(60)));
    })];

    private static HttpContent Content(byte[] body, string type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static string BatchJson(Call[] calls) => "{\"events\":[" + string.Join(",", calls.Select(c =>
        $"{{\"externalRequestId\":\"{c.Id}\",\"provider\":\"openai\",\"model\":\"{c.Model}\",\"endpointTag\":\"{c.Tag}\",\"userId\":\"u{c.User}\"," +
        $"\"team\":\"team{c.Team}\",\"promptVersion\":\"v3\",\"environment\":\"prod\",\"inputTokens\":{c.Input},\"outputTokens\":{c.Output}," +
        $"\"cachedInputTokens\":{c.Cached},\"latencyMs\":{c.LatencyMs},\"status\":\"success\",\"timestamp\":\"{c.At:O}\"}}")) + "]}";

    private static ExportTraceServiceRequest Export(Call[] calls)
    {
        var scope = new ScopeSpans();
        foreach (var c in calls)
        {
            var start = (ulong)(c.At - DateTime.UnixEpoch).Ticks * 100;
            var span = new Span
            {
                TraceId = ByteString.CopyFrom(c.TraceId), SpanId = ByteString.CopyFrom(c.SpanId), Name = $"chat {c.Model}", Kind = Span.Types.SpanKind.Client,
                StartTimeUnixNano = start, EndTimeUnixNano = start + (ulong)c.LatencyMs * 1_000_000,
            };
            span.Attributes.Add([
                Text("gen_ai.operation.name", "chat"), Text("gen_ai.provider.name", "openai"), Text("gen_ai.request.model", c.Model),
                Text("gen_ai.response.model", c.Model), Number("gen_ai.usage.input_tokens", c.Input), Number("gen_ai.usage.output_tokens", c.Output),
                Number("gen_ai.usage.cache_read.input_tokens", c.Cached), Text("enduser.id", $"u{c.User}"), Text("aintops.team", $"team{c.Team}"),
                Text("aintops.endpoint_tag", c.Tag), Text("aintops.prompt_version", "v3"),
            ]);
            scope.Spans.Add(span);
        }
        var resource = new Resource { Attributes = { Text("service.name", "bench"), Text("deployment.environment.name", "production") } };
        return new ExportTraceServiceRequest { ResourceSpans = { new ResourceSpans { Resource = resource, ScopeSpans = { scope } } } };
    }

    /// <summary>OTLP/JSON: the protobuf JSON mapping, with trace and span ids in hex.</summary>
    private static string OtlpJson(Call[] calls)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(JsonFormatter.Default.Format(Export(calls)))!;
        var spans = json["resourceSpans"]![0]!["scopeSpans"]![0]!["spans"]!.AsArray();
        for (var i = 0; i < calls.Length; i++)
        {
            spans[i]!["traceId"] = Convert.ToHexStringLower(calls[i].TraceId);
            spans[i]!["spanId"] = Convert.ToHexStringLower(calls[i].SpanId);
        }
        return json.ToJsonString();
    }

    private static KeyValue Text(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    private static KeyValue Number(string key, long value) => new() { Key = key, Value = new AnyValue { IntValue = value } };
}
