using System.Text.Json.Serialization;

namespace AIntops.MockProviders.OpenAi;

public sealed record ChatCompletion(
    [property: JsonPropertyOrder(-2)] string Id, long Created, string Model, IReadOnlyList<ChatChoice> Choices, ChatUsage Usage)
{
    [JsonPropertyOrder(-1)]
    public string Object => "chat.completion";

    public string ServiceTier => "default";

    public string SystemFingerprint => ChatCompletionChunk.Fingerprint;
}

public sealed record ChatChoice(int Index, ChatMessage Message, object? Logprobs, string FinishReason);

public sealed record ChatMessage(string Role, string Content, string? Refusal, IReadOnlyList<object> Annotations);

public sealed record ChatCompletionChunk(
    [property: JsonPropertyOrder(-2)] string Id, long Created, string Model, IReadOnlyList<ChunkChoice> Choices)
{
    public const string Fingerprint = "fp_mock";

    [JsonPropertyOrder(-1)]
    public string Object => "chat.completion.chunk";

    public string ServiceTier => "default";

    public string SystemFingerprint => Fingerprint;
}

public sealed record ChunkChoice(int Index, ChunkDelta Delta, object? Logprobs, string? FinishReason);

public sealed record ChunkDelta(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content);

public sealed record ChatUsage(
    long PromptTokens, long CompletionTokens, long TotalTokens, PromptTokensDetails PromptTokensDetails, CompletionTokensDetails CompletionTokensDetails);

public sealed record PromptTokensDetails(long CachedTokens, long AudioTokens);

public sealed record CompletionTokensDetails(long ReasoningTokens, long AudioTokens, long AcceptedPredictionTokens, long RejectedPredictionTokens);
