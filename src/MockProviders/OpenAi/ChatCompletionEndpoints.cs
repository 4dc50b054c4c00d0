using System.Text.Json;
using System.Text.Json.Nodes;
using AIntops.MockProviders.Faults;
using AIntops.MockProviders.Inference;
using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.OpenAi;

/// <summary>OpenAI's <c>POST /v1/chat/completions</c>: a deterministic reply, whole or streamed, for any <c>sk-</c> key.</summary>
public static class ChatCompletionEndpoints
{
    private const int TokensPerMessage = 3;
    private const long CachingThreshold = 1024;
    private const long CacheBlock = 128;

    public static void MapChatCompletions(this IEndpointRouteBuilder app) =>
        app.MapPost("/v1/chat/completions", Complete)
            .AddEndpointFilter(FaultFilter.For(OpenAiSeries.Provider, OpenAiErrors.ForStatus, (_, _) => 1))
            .AddEndpointFilter((context, next) => Authorize(context.HttpContext.Request) is { } refused ? ValueTask.FromResult<object?>(refused) : next(context));

    private static IResult? Authorize(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        if (key.Length == 0) return OpenAiErrors.MissingKey();
        return key.StartsWith("sk-", StringComparison.Ordinal) ? null : OpenAiErrors.InvalidKey(key);
    }

    private static async Task<IResult> Complete(HttpRequest request, TimeProvider time)
    {
        var body = await InferenceRequest.ReadAsync(request);
        if (Problem(body) is { } problem) return problem;
        body.TryInteger("max_completion_tokens", out var maxCompletion);
        body.TryInteger("max_tokens", out var maxTokens);
        var messages = body.Array("messages")!.Select(m => (m as JsonObject)?["content"]).Select(InferenceRequest.Text).ToList();
        var reply = MockReply.To(messages[^1], maxCompletion ?? maxTokens);
        var usage = Usage(messages.Sum(m => MockTokens.Count(m) + TokensPerMessage), reply.Tokens);
        var (id, created, model) = ($"chatcmpl-mock-{body.Hash}", time.GetUtcNow().ToUnixTimeSeconds(), body.String("model")!);
        var finish = reply.Truncated ? "length" : "stop";
        if (!body.Flag("stream"))
            return InferenceJson.Result(new ChatCompletion(id, created, model,
                [new ChatChoice(0, new ChatMessage("assistant", reply.Text, null, []), null, finish)], usage));

        var includeUsage = InferenceRequest.Flag(body.Json!["stream_options"], "include_usage");
        return new EventStreamResult(async events =>
        {
            Task Chunk(ChunkDelta delta, string? finishReason) =>
                events.WriteAsync(WithUsage(new ChatCompletionChunk(id, created, model, [new ChunkChoice(0, delta, null, finishReason)]), includeUsage, null));
            await Chunk(new ChunkDelta("assistant", ""), null);
            foreach (var piece in reply.Chunks()) await Chunk(new ChunkDelta(null, piece), null);
            await Chunk(new ChunkDelta(null, null), finish);
            if (includeUsage) await events.WriteAsync(WithUsage(new ChatCompletionChunk(id, created, model, []), true, usage));
            await events.DoneAsync();
        });
    }

    private static IResult? Problem(InferenceRequest body)
    {
        if (body.Json is null)
            return OpenAiErrors.BadRequest("We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.", null);
        if (body.String("model") is null) return Missing(body, "model", "a string");
        if (body.Array("messages") is not { Count: > 0 }) return Missing(body, "messages", "a non-empty array");
        foreach (var name in new[] { "max_tokens", "max_completion_tokens" })
            if (!body.TryInteger(name, out var max) || max < 1)
                return OpenAiErrors.BadRequest($"Invalid '{name}': expected an integer of at least 1.", name);
        return null;
    }

    private static IResult Missing(InferenceRequest body, string name, string expected) => body.Json![name] is null
        ? OpenAiErrors.BadRequest($"Missing required parameter: '{name}'.", name)
        : OpenAiErrors.BadRequest($"Invalid '{name}': expected {expected}.", name);

    /// <summary>Long prompts are half cached, in whole blocks, as OpenAI's automatic prompt caching would.</summary>
    private static ChatUsage Usage(long prompt, long completion) => new(prompt, completion, prompt + completion,
        new PromptTokensDetails(prompt >= CachingThreshold ? prompt / 2 / CacheBlock * CacheBlock : 0, 0),
        new CompletionTokensDetails(0, 0, 0, 0));

    /// <summary>With <c>include_usage</c> every chunk has a <c>usage</c> field, null but on the last one.</summary>
    private static object WithUsage(ChatCompletionChunk chunk, bool includeUsage, ChatUsage? usage)
    {
        if (!includeUsage) return chunk;
        var node = JsonSerializer.SerializeToNode(chunk, InferenceJson.Options)!.AsObject();
        node["usage"] = JsonSerializer.SerializeToNode(usage, InferenceJson.Options);
        return node;
    }
}
