using System.Text;
using System.Text.Json;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AIntops.Client.Tests.Support;

/// <summary>
/// OpenAI chat completions and Anthropic messages as a tiny loopback server answers them: fixed JSON answers and fixed
/// SSE streams, byte for byte, so a test can compare what the application read with what was sent.
/// </summary>
public sealed class FakeProviders : IAsyncDisposable
{
    public const string ChatText = "Hello there";
    public const string StreamedText = "Hello, streamed world!";

    public static readonly byte[] ChatJson = Encoding.UTF8.GetBytes(
        """{"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"Hello there","refusal":null},"finish_reason":"stop"}],"usage":{"prompt_tokens":1000,"completion_tokens":200,"total_tokens":1200,"prompt_tokens_details":{"cached_tokens":512}}}""");

    /// <summary>The streamed chat completion's events, each a <c>data:</c> line and a blank line; the last but one carries the usage.</summary>
    public static readonly string[] ChatEvents =
    [
        Chunk("""{"role":"assistant","content":"Hello, "}""", "null"),
        Chunk("""{"content":"streamed "}""", "null"),
        Chunk("""{"content":"world!"}""", "null"),
        "data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":3000,\"completion_tokens\":700,\"total_tokens\":3700,\"prompt_tokens_details\":{\"cached_tokens\":1024}}}\n\n",
        "data: [DONE]\n\n",
    ];

    public static readonly string[] AnthropicEvents =
    [
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-20250514\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":400,\"cache_creation_input_tokens\":100,\"cache_read_input_tokens\":2000,\"output_tokens\":1}}}\n\n",
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Bonjour\"}}\n\n",
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n",
        "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":250}}\n\n",
        "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
    ];

    public static readonly byte[] ResponsesJson = Encoding.UTF8.GetBytes(
        """{"id":"resp_1","object":"response","model":"gpt-4o-mini","status":"completed","error":null,"output":[],"usage":{"input_tokens":800,"input_tokens_details":{"cached_tokens":200},"output_tokens":100,"total_tokens":900}}""");

    public static readonly byte[] EmbeddingsJson = Encoding.UTF8.GetBytes(
        """{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}],"model":"text-embedding-3-small","usage":{"prompt_tokens":50,"total_tokens":50}}""");

    public static readonly byte[] ErrorJson = Encoding.UTF8.GetBytes(
        """{"error":{"message":"The model does not exist.","type":"invalid_request_error","param":"model","code":"model_not_found"}}""");

    private static string Chunk(string delta, string usage) =>
        $"data: {{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,\"model\":\"gpt-4o-mini\",\"choices\":[{{\"index\":0,\"delta\":{delta},\"finish_reason\":null}}],\"usage\":{usage}}}\n\n";

    private WebApplication _app = null!;

    /// <summary>The server's root, ending in /.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>When set, a stream stops after its first event until the test completes it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public static async Task<FakeProviders> StartAsync()
    {
        var fake = new FakeProviders();
        (fake._app, fake.Root) = await Loopback.StartAppAsync(app =>
        {
            app.MapPost("/v1/chat/completions", fake.ChatAsync);
            app.MapPost("/v1/messages", (HttpContext context) => fake.StreamAsync(context, AnthropicEvents));
            app.MapPost("/v1/responses", (HttpContext context) => JsonAsync(context, ResponsesJson));
            app.MapPost("/v1/embeddings", (HttpContext context) => JsonAsync(context, EmbeddingsJson));
        });
        return fake;
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        if (request.RootElement.GetProperty("model").GetString() == "no-such-model")
        {
            context.Response.StatusCode = 404;
            await JsonAsync(context, ErrorJson);
        }
        else if (request.RootElement.TryGetProperty("stream", out var stream) && stream.GetBoolean())
            await StreamAsync(context, ChatEvents);
        else
            await JsonAsync(context, ChatJson);
    }

    private static async Task JsonAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(body);
    }

    private async Task StreamAsync(HttpContext context, string[] events)
    {
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < events.Length; i++)
        {
            await context.Response.WriteAsync(events[i]);
            await context.Response.Body.FlushAsync();
            if (i == 0 && Gate is { } gate) await gate.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
