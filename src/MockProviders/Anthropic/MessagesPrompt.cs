using System.Text.Json.Nodes;
using AIntops.MockProviders.Inference;

namespace AIntops.MockProviders.Anthropic;

/// <summary>
/// A Messages request's input tokens as the mock counts them: the text of <c>system</c> blocks with
/// <c>cache_control</c> is written to the cache (1 hour when its <c>ttl</c> is <c>1h</c>, else 5
/// minutes), the text of message blocks with <c>cache_control</c> is read from it, and the rest,
/// plus 3 per message, is plain input.
/// </summary>
public sealed record MessagesPrompt(long Input, long CacheWrite5m, long CacheWrite1h, long CacheRead, string LastMessage)
{
    private const int TokensPerMessage = 3;

    public long CacheWrite => CacheWrite5m + CacheWrite1h;

    public static MessagesPrompt Of(InferenceRequest body)
    {
        long input = 0, write5m = 0, write1h = 0, read = 0;
        foreach (var (tokens, cache) in Parts(body.Json!["system"]))
        {
            if (cache is null) input += tokens;
            else if (InferenceRequest.StringOf(cache["ttl"]) == "1h") write1h += tokens;
            else write5m += tokens;
        }
        var messages = body.Array("messages")!.Select(m => (m as JsonObject)?["content"]).ToList();
        foreach (var (tokens, cache) in messages.SelectMany(Parts))
        {
            if (cache is null) input += tokens;
            else read += tokens;
        }
        return new MessagesPrompt(input + TokensPerMessage * messages.Count, write5m, write1h, read, InferenceRequest.Text(messages[^1]));
    }

    /// <summary>The tokens of a string, or of each text block with its <c>cache_control</c>.</summary>
    private static IEnumerable<(long Tokens, JsonObject? Cache)> Parts(JsonNode? content) => content is JsonArray blocks
        ? blocks.Select(b => (MockTokens.Count(InferenceRequest.TextOf(b)), (b as JsonObject)?["cache_control"] as JsonObject))
        : [(MockTokens.Count(InferenceRequest.Text(content)), null)];
}
