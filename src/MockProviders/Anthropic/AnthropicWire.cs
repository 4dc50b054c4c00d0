using System.Text.Json.Serialization;

namespace AIntops.MockProviders.Anthropic;

public sealed record AnthropicPage(IReadOnlyList<AnthropicBucket> Data, bool HasMore, string? NextPage);

public sealed record AnthropicBucket(string StartingAt, string EndingAt, IReadOnlyList<Dictionary<string, object?>> Results);

public sealed record AnthropicError(AnthropicErrorDetail Error, string RequestId)
{
    [JsonPropertyOrder(-1)]
    public string Type => "error";
}

public sealed record AnthropicErrorDetail(string Type, string Message);

public sealed record CacheCreation(
    [property: JsonPropertyName("ephemeral_1h_input_tokens")] long Ephemeral1hInputTokens,
    [property: JsonPropertyName("ephemeral_5m_input_tokens")] long Ephemeral5mInputTokens);

public sealed record ServerToolUse(long WebSearchRequests);
