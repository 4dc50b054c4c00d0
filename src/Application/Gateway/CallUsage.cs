using AIntops.Application.Providers;
using System.Text.Json;

namespace AIntops.Application.Gateway;

/// <summary>
/// What one provider call used, read from its answer: a whole JSON body, or the events of a stream as they pass. Input tokens
/// include the cached and cache-write parts, as ingest counts them. Anything unreadable is skipped: the call was relayed either way.
/// </summary>
public abstract class CallUsage(string? requestModel)
{
    public string? Model { get; protected set; } = requestModel;
    public long InputTokens { get; protected set; }
    public long OutputTokens { get; protected set; }
    public long CachedInputTokens { get; protected set; }
    public long CacheWriteTokens { get; protected set; }

    /// <summary>The provider's error code or type, from an error body or an error event.</summary>
    public string? ErrorCode { get; protected set; }

    public static CallUsage For(string provider, string? requestModel) =>
        provider == ProviderNames.Anthropic ? new AnthropicUsage(requestModel) : new OpenAiUsage(requestModel);

    public void ReadBody(ReadOnlyMemory<byte> json)
    {
        if (Parse(json) is { } document) using (document) ReadMessage(document.RootElement);
    }

    public void ReadEvent(ReadOnlyMemory<byte> data)
    {
        if (Parse(data) is { } document) using (document) ReadStreamEvent(document.RootElement);
    }

    protected abstract void ReadMessage(JsonElement message);

    protected abstract void ReadStreamEvent(JsonElement data);

    protected void ReadModel(JsonElement message)
    {
        if (message.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String) Model = model.GetString();
    }

    protected static JsonElement? Child(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    protected static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    protected static long? Count(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) && count >= 0
            ? count : null;

    private static JsonDocument? Parse(ReadOnlyMemory<byte> json)
    {
        if (json.IsEmpty || json.Span[0] != (byte)'{') return null;
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Chat completions (whole or streamed with usage), the Responses API, embeddings and other OpenAI answers with a <c>usage</c>.</summary>
public sealed class OpenAiUsage(string? requestModel) : CallUsage(requestModel)
{
    protected override void ReadMessage(JsonElement message)
    {
        ReadModel(message);
        if (Child(message, "error") is { } error) ErrorCode = Text(error, "code") ?? Text(error, "type");
        if (Child(message, "usage") is not { } usage) return;
        InputTokens = Count(usage, "prompt_tokens") ?? Count(usage, "input_tokens") ?? 0;
        OutputTokens = Count(usage, "completion_tokens") ?? Count(usage, "output_tokens") ?? 0;
        CachedInputTokens = Math.Min(InputTokens,
            Count(Child(usage, "prompt_tokens_details") ?? Child(usage, "input_tokens_details"), "cached_tokens") ?? 0);
    }

    /// <summary>A chat completion chunk reads as a message; the Responses API's closing events carry the whole response.</summary>
    protected override void ReadStreamEvent(JsonElement data)
    {
        if (Text(data, "type") is "response.completed" or "response.incomplete" or "response.failed" && Child(data, "response") is { } response)
            ReadMessage(response);
        else ReadMessage(data);
    }
}

/// <summary>The Messages API, whole or streamed (<c>message_start</c> holds the input side, <c>message_delta</c> the final output count).</summary>
public sealed class AnthropicUsage(string? requestModel) : CallUsage(requestModel)
{
    protected override void ReadMessage(JsonElement message)
    {
        ReadModel(message);
        if (Text(message, "type") == "error" && Child(message, "error") is { } error) ErrorCode = Text(error, "type");
        if (Child(message, "usage") is { } usage) ReadUsage(usage);
    }

    protected override void ReadStreamEvent(JsonElement data)
    {
        switch (Text(data, "type"))
        {
            case "message_start" when Child(data, "message") is { } message:
                ReadMessage(message);
                break;
            case "message_delta" when Child(data, "usage") is { } usage:
                ReadUsage(usage);
                break;
            case "error":
                ReadMessage(data);
                break;
        }
    }

    /// <summary>Counts that are present replace what was read before (a delta's counts are cumulative); Anthropic's input excludes the cache parts.</summary>
    private void ReadUsage(JsonElement usage)
    {
        if (Count(usage, "output_tokens") is { } output) OutputTokens = output;
        var input = Count(usage, "input_tokens");
        var read = Count(usage, "cache_read_input_tokens");
        var write = Count(usage, "cache_creation_input_tokens");
        if (input is null && read is null && write is null) return;
        var uncached = input ?? InputTokens - CachedInputTokens - CacheWriteTokens;
        CachedInputTokens = read ?? CachedInputTokens;
        CacheWriteTokens = write ?? CacheWriteTokens;
        InputTokens = uncached + CachedInputTokens + CacheWriteTokens;
    }
}
