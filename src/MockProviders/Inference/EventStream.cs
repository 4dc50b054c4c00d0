using System.Globalization;
using System.Text.Json;

namespace AIntops.MockProviders.Inference;

/// <summary>
/// A server-sent event stream, each event flushed on its own. The request header
/// <c>x-mock-chunk-delay-ms</c> spaces the events out, so relays can be seen not to buffer.
/// </summary>
public sealed class EventStream(HttpResponse response, TimeSpan delay)
{
    public const string DelayHeader = "x-mock-chunk-delay-ms";

    private bool _written;

    public static TimeSpan Delay(HttpRequest request) =>
        int.TryParse(request.Headers[DelayHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;

    public Task WriteAsync(object data) => WriteRawAsync($"data: {JsonSerializer.Serialize(data, InferenceJson.Options)}\n\n");

    public Task WriteAsync(string eventName, object data) => WriteRawAsync($"event: {eventName}\ndata: {JsonSerializer.Serialize(data, InferenceJson.Options)}\n\n");

    /// <summary>OpenAI's end of stream.</summary>
    public Task DoneAsync() => WriteRawAsync("data: [DONE]\n\n");

    private async Task WriteRawAsync(string text)
    {
        var aborted = response.HttpContext.RequestAborted;
        if (_written && delay > TimeSpan.Zero) await Task.Delay(delay, aborted);
        _written = true;
        await response.WriteAsync(text, aborted);
        await response.Body.FlushAsync(aborted);
    }
}

/// <summary>Answers 200 with an event stream that <paramref name="write"/> fills.</summary>
public sealed class EventStreamResult(Func<EventStream, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await write(new EventStream(http.Response, EventStream.Delay(http.Request)));
    }
}
