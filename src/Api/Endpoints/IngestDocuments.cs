using System.ComponentModel;
using System.Text.Json;
using AIntops.Application.Common.Validation;
using AIntops.Domain.Ingest;
using Environments = AIntops.Domain.Ingest.Environments;

namespace AIntops.Api.Endpoints;

/// <summary>
/// The JSON shape of one ingest event, for the OpenAPI document. The endpoint parses the JSON
/// itself so that it can name every bad field at once; unknown fields are ignored.
/// </summary>
public sealed record IngestEventDocument(
    string ExternalRequestId,
    string Model,
    string? Provider,
    string? PromptVersion,
    string? EndpointTag,
    string? UserId,
    string? Team,
    long? InputTokens,
    long? OutputTokens,
    long? TotalTokens,
    long? CachedInputTokens,
    long? CacheWriteTokens,
    long? LatencyMs,
    [OneOf(typeof(CallStatuses), nameof(CallStatuses.All))] string? Status,
    string? ErrorCode,
    [OneOf(typeof(DataModes), nameof(DataModes.All))] string? DataMode,
    [OneOf(typeof(Environments), nameof(Environments.All))] string? Environment,
    DateTimeOffset? Timestamp,
    string? PromptHash,
    decimal? CostUsd,
    [property: Description("Free JSON object (at most 4096 bytes). Its workflow, a string of at most 128 characters, groups calls in the usage explorer; without one a call's endpointTag stands for it.")]
    Dictionary<string, object>? Metadata,
    [property: Description("What was sent to the model: a string, or an array of {role, content} messages (content a string). Stored redacted and truncated only when the organization keeps request content.")]
    JsonElement? Input,
    [property: Description("What the model answered, shaped like input.")]
    JsonElement? Output);

public sealed record BatchRequestDocument(IReadOnlyList<IngestEventDocument> Events);
