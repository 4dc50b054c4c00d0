using System.Text.Json.Nodes;
using AIntops.MockProviders.Faults;
using AIntops.MockProviders.Inference;
using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.Anthropic;

/// <summary>Anthropic's <c>POST /v1/messages</c>: a deterministic reply, whole or as an event stream, for any <c>sk-ant-</c> key.</summary>
public static class MessagesEndpoints
{
    public static void MapMessages(this IEndpointRouteBuilder app) =>
        app.MapPost("/v1/messages", Create)
            .AddEndpointFilter(FaultFilter.For(AnthropicSeries.Provider, AnthropicErrors.ForStatus, (_, _) => 1))
            .AddEndpointFilter((context, next) => Authorize(context.HttpContext.Request) is { } refused ? ValueTask.FromResult<object?>(refused) : next(context));

    private static IResult? Authorize(HttpRequest request)
    {
        var key = request.Headers["x-api-key"].ToString();
        if (key.Length == 0) return AnthropicErrors.MissingKey();
        if (!key.StartsWith("sk-ant-", StringComparison.Ordinal)) return AnthropicErrors.InvalidKey();
        return request.Headers["anthropic-version"].ToString().Length == 0 ? AnthropicErrors.MissingVersion() : null;
    }

    private static async Task<IResult> Create(HttpRequest request)
    {
        var body = await InferenceRequest.ReadAsync(request);
        if (Problem(body) is { } problem) return AnthropicErrors.BadRequest(problem);
        body.TryInteger("max_tokens", out var maxTokens);
        var prompt = MessagesPrompt.Of(body);
        var reply = MockReply.To(prompt.LastMessage, maxTokens);
        var stopReason = reply.Truncated ? "max_tokens" : "end_turn";
        MessageUsage Usage(long output) => new(prompt.Input, prompt.CacheWrite, prompt.CacheRead,
            new CacheCreation(prompt.CacheWrite1h, prompt.CacheWrite5m), output);
        var (id, model) = ($"msg_mock_{body.Hash}", body.String("model")!);
        if (!body.Flag("stream"))
            return InferenceJson.Result(new MessageResponse(id, model, [new TextBlock(reply.Text)], stopReason, null, Usage(reply.Tokens)));

        return new EventStreamResult(async events =>
        {
            await events.WriteAsync("message_start", new { type = "message_start", message = new MessageResponse(id, model, [], null, null, Usage(1)) });
            await events.WriteAsync("content_block_start", new { type = "content_block_start", index = 0, content_block = new TextBlock("") });
            await events.WriteAsync("ping", new { type = "ping" });
            foreach (var piece in reply.Chunks())
                await events.WriteAsync("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = piece } });
            await events.WriteAsync("content_block_stop", new { type = "content_block_stop", index = 0 });
            await events.WriteAsync("message_delta", new
            {
                type = "message_delta",
                delta = new { stop_reason = stopReason, stop_sequence = (string?)null },
                usage = new { output_tokens = reply.Tokens },
            });
            await events.WriteAsync("message_stop", new { type = "message_stop" });
        });
    }

    private static string? Problem(InferenceRequest body)
    {
        if (body.Json is null) return "The request body is not valid JSON.";
        if (body.String("model") is null) return body.Json["model"] is null ? "model: Field required" : "model: Input should be a valid string";
        if (!body.TryInteger("max_tokens", out var max)) return "max_tokens: Input should be a valid integer";
        if (max is null) return "max_tokens: Field required";
        if (max < 1) return "max_tokens: Input should be greater than or equal to 1";
        return body.Json["messages"] switch
        {
            null => "messages: Field required",
            JsonArray { Count: 0 } => "messages: at least one message is required",
            JsonArray => null,
            _ => "messages: Input should be a valid list",
        };
    }
}
