using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Gateway;

/// <summary>
/// The attribution a gateway caller sends in <c>X-AIntops-*</c> headers, read into the event the call will become by the ingest
/// parser's field rules, so a header is refused for exactly what the same field of <c>POST /v1/ingest</c> is refused for.
/// </summary>
public static class GatewayAttribution
{
    public const string KeyHeader = "X-AIntops-Key";
    public const string RequestIdHeader = "X-AIntops-Request-Id";
    public const string TeamHeader = "X-AIntops-Team";
    public const string UserHeader = "X-AIntops-User";
    public const string FeatureHeader = "X-AIntops-Feature";
    public const string PromptVersionHeader = "X-AIntops-Prompt-Version";
    public const string EnvironmentHeader = "X-AIntops-Environment";
    public const string DataModeHeader = "X-AIntops-Data-Mode";

    /// <summary>The event with its attribution, timestamp <paramref name="now"/> and no usage yet; null with <paramref name="errors"/> keyed by header.</summary>
    /// <param name="header">A header's value, or null when the request has none.</param>
    public static IngestEvent? Read(Func<string, string?> header, string provider, DateTime now, out Dictionary<string, string[]>? errors)
    {
        var headers = new HeaderReader(header);
        var call = new IngestEvent
        {
            ExternalRequestId = headers.Text(RequestIdHeader, IngestLimits.ExternalRequestIdMaxLength) ?? Guid.CreateVersion7().ToString(),
            Provider = provider,
            Model = "unknown",
            PromptVersion = headers.Text(PromptVersionHeader, IngestLimits.DimensionMaxLength),
            EndpointTag = headers.Text(FeatureHeader, IngestLimits.DimensionMaxLength),
            UserId = headers.Text(UserHeader, IngestLimits.DimensionMaxLength),
            Team = headers.Text(TeamHeader, IngestLimits.DimensionMaxLength),
            InputTokens = 0, OutputTokens = 0, TotalTokens = null, CachedInputTokens = 0, CacheWriteTokens = 0, LatencyMs = null,
            Status = CallStatuses.Success, ErrorCode = null,
            DataMode = headers.OneOf(DataModeHeader, DataModes.All),
            Environment = headers.OneOf(EnvironmentHeader, Environments.All),
            Timestamp = now, PromptHash = null, CostUsd = null, MetadataJson = null, Workflow = null, Input = null, Output = null,
        };
        errors = headers.Errors;
        return errors is null ? call : null;
    }

    private sealed class HeaderReader(Func<string, string?> header)
    {
        public Dictionary<string, string[]>? Errors { get; private set; }

        public string? Text(string name, int maxLength) =>
            header(name) is { } value ? Noted(name, IngestEventParser.CheckText(name, value, maxLength, out var problem), problem) : null;

        public string? OneOf(string name, IReadOnlyList<string> allowed) =>
            header(name) is { } value ? Noted(name, IngestEventParser.CheckOneOf(name, value, allowed, out var problem), problem) : null;

        private string? Noted(string name, string? value, string? problem)
        {
            if (problem is not null) (Errors ??= [])[name] = [problem];
            return value;
        }
    }
}
