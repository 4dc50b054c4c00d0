using System.Buffers;
using System.Text.Json;
using AIntops.Api.Otlp.Protos;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Environments = AIntops.Domain.Ingest.Environments;

namespace AIntops.Api.Otlp;

/// <summary>
/// Turns the spans of an OTLP export that describe a model call (OpenTelemetry GenAI semantic conventions) into ingest events.
/// Each span is written as the JSON event document of <c>/v1/ingest</c> and read by <see cref="IngestEventParser"/>, so limits
/// and error messages are those of ingest. docs/integrations.md lists the attributes read.
/// </summary>
public static class GenAiSpans
{
    /// <param name="Rejected">One reason per span that describes a model call but cannot be recorded.</param>
    /// <param name="Ignored">Spans that are not model calls (HTTP, database, tool and agent spans…).</param>
    public sealed record Mapping(List<IngestEvent> Events, List<string> Rejected, int Ignored);

    /// <summary>Operations that are one call to a model; agent and tool spans wrap such calls and would count them twice.</summary>
    private static readonly string[] ModelCalls = ["chat", "text_completion", "generate_content", "embeddings", "completion", "embedding"];

    public static Mapping Map(ExportTraceServiceRequest request, DateTime now)
    {
        var (events, rejected, ignored) = (new List<IngestEvent>(), new List<string>(), 0);
        var buffer = new ArrayBufferWriter<byte>(1024);
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = resourceSpans.Resource?.Attributes ?? [];
            foreach (var span in resourceSpans.ScopeSpans.SelectMany(s => s.Spans))
            {
                var attributes = new Attributes(span.Attributes, resource);
                if (!IsModelCall(attributes)) { ignored++; continue; }
                if (span.TraceId.Length != 16 || span.SpanId.Length != 8)
                {
                    rejected.Add("a span's traceId or spanId is not 16 or 8 bytes long");
                    continue;
                }
                buffer.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(buffer)) Write(writer, span, attributes);
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                var parsed = IngestEventParser.Parse(document.RootElement, now, out var errors);
                if (parsed is not null) events.Add(parsed);
                else rejected.Add($"span {Id(span)}: {string.Join(" ", errors!.SelectMany(e => e.Value))}");
            }
        }
        return new Mapping(events, rejected, ignored);
    }

    /// <summary>The event's idempotency key: an exporter that sends a span again records it once.</summary>
    public static string Id(Span span) => $"{Convert.ToHexStringLower(span.TraceId.Span)}:{Convert.ToHexStringLower(span.SpanId.Span)}";

    private static bool IsModelCall(Attributes attributes) =>
        Model(attributes) is not null
        && (attributes.String("gen_ai.provider.name", "gen_ai.system") is not null || attributes.String("gen_ai.operation.name") is not null)
        && (attributes.String("gen_ai.operation.name", "llm.request.type") is not { } operation || ModelCalls.Contains(operation));

    private static string? Model(Attributes attributes) => attributes.String("gen_ai.response.model", "gen_ai.request.model");

    private static void Write(Utf8JsonWriter json, Span span, Attributes attributes)
    {
        json.WriteStartObject();
        json.WriteString("externalRequestId", Id(span));
        json.WriteString("model", Model(attributes));
        WriteIfAny(json, "provider", Provider(attributes.String("gen_ai.provider.name", "gen_ai.system")));

        var input = attributes.Count("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens") ?? 0;
        var cached = attributes.Count("gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens", "gen_ai.usage.cached_input_tokens") ?? 0;
        var cacheWrite = attributes.Count("gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens") ?? 0;
        // The conventions count cached tokens in the input; some instrumentations report Anthropic's input, which leaves them out.
        if (cached + cacheWrite > input) input += cached + cacheWrite;
        json.WriteNumber("inputTokens", input);
        json.WriteNumber("outputTokens", attributes.Count("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens") ?? 0);
        json.WriteNumber("cachedInputTokens", cached);
        json.WriteNumber("cacheWriteTokens", cacheWrite);

        if (span.StartTimeUnixNano > 0)
        {
            json.WriteString("timestamp", DateTime.UnixEpoch.AddTicks((long)(span.StartTimeUnixNano / 100)));
            if (span.EndTimeUnixNano >= span.StartTimeUnixNano)
                json.WriteNumber("latencyMs", (long)((span.EndTimeUnixNano - span.StartTimeUnixNano) / 1_000_000));
        }
        var errorType = attributes.String("error.type");
        var failed = span.Status?.Code == Status.Types.StatusCode.Error || errorType is not null;
        json.WriteString("status", failed ? CallStatuses.Error : CallStatuses.Success);
        if (failed) WriteIfAny(json, "errorCode", Shorten(errorType ?? span.Status?.Message, IngestLimits.ErrorCodeMaxLength));

        WriteIfAny(json, "userId", attributes.String("enduser.id", "user.id"));
        WriteIfAny(json, "endpointTag", attributes.String("aintops.endpoint_tag") ?? attributes.String("service.name"));
        WriteIfAny(json, "team", attributes.String("aintops.team"));
        WriteIfAny(json, "promptVersion", attributes.String("aintops.prompt_version"));
        WriteIfAny(json, "dataMode", attributes.String("aintops.data_mode"));
        WriteIfAny(json, "environment", Environment(attributes.String("deployment.environment.name", "deployment.environment")));
        if (attributes.String("aintops.workflow") is { } workflow)
        {
            json.WriteStartObject("metadata");
            json.WriteString("workflow", workflow);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string? Shorten(string? text, int length) => text is { Length: > 0 } ? text[..Math.Min(text.Length, length)] : null;

    /// <summary>Provider names of the conventions, as the price catalog names them; others kept as sent.</summary>
    private static string? Provider(string? name) => name?.ToLowerInvariant() switch
    {
        null => null,
        "gcp.gemini" or "gcp.vertex_ai" or "gcp.gen_ai" or "gemini" or "vertex_ai" or "vertexai" or "google" => "google",
        "az.ai.openai" or "azure.ai.openai" => "openai",
        var other => other,
    };

    /// <summary>Common spellings of the three environments; any other name is left out, so the API key's default applies.</summary>
    private static string? Environment(string? name) => name?.ToLowerInvariant() switch
    {
        "prod" or "production" or "prd" or "live" => Environments.Prod,
        "staging" or "stage" or "stg" or "preprod" or "pre-production" or "uat" => Environments.Staging,
        "dev" or "development" or "local" or "test" or "testing" => Environments.Dev,
        _ => null,
    };

    /// <summary>A span's attributes, then its resource's.</summary>
    private readonly struct Attributes(RepeatedField<KeyValue> span, RepeatedField<KeyValue> resource)
    {
        public string? String(params ReadOnlySpan<string> keys)
        {
            foreach (var key in keys)
                if (TextOf(Find(span, key) ?? Find(resource, key)) is { } text) return text;
            return null;
        }

        public long? Count(params ReadOnlySpan<string> keys)
        {
            foreach (var key in keys)
                if (Find(span, key) is { } value)
                    return value.ValueCase switch
                    {
                        AnyValue.ValueOneofCase.IntValue => value.IntValue,
                        AnyValue.ValueOneofCase.DoubleValue when double.IsFinite(value.DoubleValue) => (long)value.DoubleValue,
                        AnyValue.ValueOneofCase.StringValue when long.TryParse(value.StringValue, out var parsed) => parsed,
                        _ => null,
                    };
            return null;
        }

        private static AnyValue? Find(RepeatedField<KeyValue> attributes, string key)
        {
            foreach (var attribute in attributes)
                if (attribute.Key == key) return attribute.Value;
            return null;
        }

        private static string? TextOf(AnyValue? value) => value?.ValueCase switch
        {
            AnyValue.ValueOneofCase.StringValue when value.StringValue.Trim().Length > 0 => value.StringValue.Trim(),
            AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>
    /// OTLP/JSON writes trace and span ids as hex, where the protobuf JSON mapping reads bytes as base64. Hex digits are base64
    /// digits, so the parser turned the 32 (16) hex characters into 24 (12) bytes; encoding them again gives the hex back.
    /// </summary>
    public static void RestoreHexIds(ExportTraceServiceRequest request)
    {
        foreach (var span in request.ResourceSpans.SelectMany(r => r.ScopeSpans).SelectMany(s => s.Spans))
        {
            span.TraceId = FromHex(span.TraceId, 24);
            span.SpanId = FromHex(span.SpanId, 12);
        }
    }

    private static ByteString FromHex(ByteString parsed, int hexAsBase64Length)
    {
        if (parsed.Length != hexAsBase64Length) return parsed;
        try
        {
            return ByteString.CopyFrom(Convert.FromHexString(Convert.ToBase64String(parsed.Span)));
        }
        catch (FormatException)
        {
            return parsed;
        }
    }
}
