using System.Text.Json;

namespace AIntops.Client;

/// <summary>The provider APIs the HTTP handler recognizes by their path.</summary>
internal enum ProviderApi
{
    OpenAiChat,
    OpenAiResponses,
    OpenAiEmbeddings,
    AnthropicMessages,
}

/// <summary>
/// What one provider call answered, gathered from its JSON body or, streamed, from its SSE <c>data:</c> lines: the model,
/// the usage (OpenAI chat and embeddings, the responses API, Anthropic messages with its cache tokens) and the error type.
/// </summary>
internal sealed class ProviderCall(ProviderApi api, string provider, string? requestedModel)
{
    private string? _model, _errorType, _requestId;
    private long? _input, _output, _total, _cached, _cacheWrite;
    private int _status;

    public static (ProviderApi Api, string Provider)? Recognize(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri is not { IsAbsoluteUri: true } uri) return null;
        var path = uri.AbsolutePath.TrimEnd('/');
        var host = uri.Host;
        ProviderApi? api =
            path.EndsWith("/chat/completions", StringComparison.Ordinal) ? ProviderApi.OpenAiChat
            : path.EndsWith("/responses", StringComparison.Ordinal) ? ProviderApi.OpenAiResponses
            : path.EndsWith("/embeddings", StringComparison.Ordinal) ? ProviderApi.OpenAiEmbeddings
            : path.EndsWith("/v1/messages", StringComparison.Ordinal) || (path.EndsWith("/messages", StringComparison.Ordinal) && host.Contains("anthropic"))
                ? ProviderApi.AnthropicMessages
            : null;
        if (api is null) return null;
        var provider = api == ProviderApi.AnthropicMessages ? "anthropic" : host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase) ? "azure" : "openai";
        return (api.Value, provider);
    }

    /// <summary>The model named in a (small, sized) JSON request body, read without changing what is sent.</summary>
    public static async Task<string?> RequestedModelAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.Content is not { Headers.ContentLength: <= 1024 * 1024 } content) return null;
            using var body = JsonDocument.Parse(await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            return body.RootElement.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String ? model.GetString() : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    public void Answered(HttpResponseMessage response)
    {
        _status = (int)response.StatusCode;
        _requestId = response.Headers.TryGetValues("x-request-id", out var ids) || response.Headers.TryGetValues("request-id", out ids)
            ? ids.FirstOrDefault() is { Length: > 0 and <= 128 } id ? id : null
            : null;
    }

    /// <summary>Reads a JSON body (a whole response, or one SSE event's data); anything unexpected is ignored.</summary>
    public void Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return;
            // The responses API streams {"type":"response.completed","response":{…}}; Anthropic {"type":"message_start","message":{…}}.
            if (Object(root, "response") is { } response) root = response;
            if (Object(root, "message") is { } message) root = message;
            _model = Text(root, "model") ?? _model;
            if (Object(root, "usage") is { } usage) ReadUsage(usage);
            if (Object(root, "error") is { } error) _errorType = Text(error, "type") ?? Text(error, "code") ?? "error";
        }
        catch (JsonException)
        {
        }
    }

    private void ReadUsage(JsonElement usage)
    {
        if (api == ProviderApi.AnthropicMessages)
        {
            // Anthropic's input_tokens leave out the cache; message_delta repeats only what changed.
            _input = Number(usage, "input_tokens") ?? _input;
            _cached = Number(usage, "cache_read_input_tokens") ?? _cached;
            _cacheWrite = Number(usage, "cache_creation_input_tokens") ?? _cacheWrite;
            _output = Number(usage, "output_tokens") ?? _output;
            return;
        }
        _input = Number(usage, "prompt_tokens") ?? Number(usage, "input_tokens");
        _output = Number(usage, "completion_tokens") ?? Number(usage, "output_tokens") ?? (api == ProviderApi.OpenAiEmbeddings ? 0 : null);
        _total = Number(usage, "total_tokens");
        _cached = (Object(usage, "prompt_tokens_details") ?? Object(usage, "input_tokens_details")) is { } details ? Number(details, "cached_tokens") : null;
    }

    /// <param name="failure">The exception that ended the call, if one did.</param>
    public AIntopsEvent ToEvent(Exception? failure = null)
    {
        var failed = failure is not null || _errorType is not null || _status is < 200 or >= 300;
        return new AIntopsEvent
        {
            ExternalRequestId = _requestId,
            Model = _model ?? requestedModel ?? "unknown",
            Provider = provider,
            InputTokens = api == ProviderApi.AnthropicMessages && _input is { } input ? input + (_cached ?? 0) + (_cacheWrite ?? 0) : _input,
            OutputTokens = _output,
            TotalTokens = _total,
            CachedInputTokens = _cached,
            CacheWriteTokens = _cacheWrite,
            Status = failed ? AIntopsStatus.Error : AIntopsStatus.Success,
            ErrorCode = failed ? failure?.GetType().Name ?? _errorType ?? (_status == 0 ? null : _status.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
        };
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;
}
