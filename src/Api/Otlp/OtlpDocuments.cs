using System.ComponentModel;

namespace AIntops.Api.Otlp;

/// <summary>
/// OTLP/JSON trace export, the parts AIntops reads, for the OpenAPI document; the endpoint decodes the OTLP messages
/// themselves (protobuf or JSON) and ignores the rest of the OTLP shape.
/// </summary>
public sealed record OtlpTracesDocument(IReadOnlyList<OtlpResourceSpans> ResourceSpans);

public sealed record OtlpResourceSpans(OtlpResource? Resource, IReadOnlyList<OtlpScopeSpans> ScopeSpans);

[Description("service.name (the feature when a span has no aintops.endpoint_tag), deployment.environment.name, and the aintops.* attributes.")]
public sealed record OtlpResource(IReadOnlyList<OtlpAttribute> Attributes);

public sealed record OtlpScopeSpans(IReadOnlyList<OtlpSpan> Spans);

public sealed record OtlpSpan(
    [property: Description("32 hex characters.")] string TraceId,
    [property: Description("16 hex characters; with the trace id, the event's externalRequestId.")] string SpanId,
    string Name,
    [property: Description("Unix nanoseconds, as a string or a number.")] string StartTimeUnixNano,
    string EndTimeUnixNano,
    [property: Description("gen_ai.provider.name, gen_ai.request.model, gen_ai.response.model, gen_ai.usage.*, error.type, enduser.id, aintops.*")]
    IReadOnlyList<OtlpAttribute> Attributes,
    OtlpStatus? Status);

public sealed record OtlpAttribute(string Key, OtlpValue Value);

public sealed record OtlpValue(string? StringValue, string? IntValue, double? DoubleValue, bool? BoolValue);

[Description("code: 0 unset, 1 ok, 2 error.")]
public sealed record OtlpStatus(int Code, string? Message);

/// <summary>The OTLP answer: empty when every model-call span was recorded.</summary>
public sealed record OtlpExportResult(OtlpPartialSuccess? PartialSuccess);

public sealed record OtlpPartialSuccess(
    [property: Description("Spans of model calls that were not recorded (an int64, written as a string).")] string RejectedSpans,
    [property: Description("Why, for the first few of them.")] string? ErrorMessage);
