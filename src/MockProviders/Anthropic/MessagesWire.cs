using System.Text.Json.Serialization;

namespace AIntops.MockProviders.Anthropic;

public sealed record MessageResponse(
    [property: JsonPropertyOrder(-3)] string Id, string Model, IReadOnlyList<TextBlock> Content, string? StopReason, string? StopSequence, MessageUsage Usage)
{
    [JsonPropertyOrder(-2)]
    public string Type => "message";

    [JsonPropertyOrder(-1)]
    public string Role => "assistant";
}

public sealed record TextBlock(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "text";
}

public sealed record MessageUsage(
    long InputTokens, long CacheCreationInputTokens, long CacheReadInputTokens, CacheCreation CacheCreation, long OutputTokens)
{
    public string ServiceTier => "standard";
}
