using System.Buffers;
using System.Net.Http.Headers;
using AIntops.Application.Gateway;
using Microsoft.AspNetCore.Http.Features;

namespace AIntops.Api.Gateway;

/// <summary>The byte-level half of the gateway: the forwarded request, and the answer copied back as it arrives while its usage is read.</summary>
public static class GatewayRelay
{
    /// <summary>The largest whole (not streamed) answer whose usage is read; a larger one is relayed all the same.</summary>
    public const int MaxReadBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Hop-by-hop headers, the gateway's own, and <c>Accept-Encoding</c>: the provider answers uncompressed, so the gateway can read the
    /// usage in what it relays.
    /// </summary>
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Authorization", "Proxy-Connection",
        "Accept-Encoding", "Content-Length", "Expect",
    };

    private static readonly HashSet<string> NotRelayed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Trailer", "Upgrade", "Proxy-Connection",
    };

    public static HttpRequestMessage Request(HttpContext context, Uri target, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
        if (body.Length > 0 || context.Request.ContentType is not null) request.Content = new ByteArrayContent(body);
        foreach (var (name, values) in context.Request.Headers)
        {
            if (NotForwarded.Contains(name) || name.StartsWith("X-AIntops-", StringComparison.OrdinalIgnoreCase)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values)) request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }
        return request;
    }

    /// <summary>Status, headers and body of the provider's answer to the caller; a stream is flushed chunk by chunk.</summary>
    /// <returns>Why the relay broke off (the provider's stream failed, the caller left); null when it was complete.</returns>
    public static async Task<string?> CopyAsync(HttpResponseMessage response, HttpContext context, CallUsage usage, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        Relay(response.Headers, context.Response.Headers);
        Relay(response.Content.Headers, context.Response.Headers);
        var streamed = response.Content.Headers.ContentType?.MediaType == "text/event-stream";
        var events = streamed ? new ServerSentEventReader(usage.ReadEvent) : null;
        var whole = streamed ? null : new MemoryStream();
        if (streamed) context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            await using var upstream = await response.Content.ReadAsStreamAsync(cancellationToken);
            int read;
            while ((read = await ReadAsync(upstream, buffer, cancellationToken)) > 0)
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                if (events is not null)
                {
                    await context.Response.Body.FlushAsync(cancellationToken);
                    events.Feed(buffer.AsSpan(0, read));
                }
                else if (whole!.Length + read <= MaxReadBytes) whole.Write(buffer, 0, read);
            }
            if (whole is not null && whole.Length > 0) usage.ReadBody(whole.GetBuffer().AsMemory(0, (int)whole.Length));
            return null;
        }
        catch (UpstreamBrokeException)
        {
            context.Abort();
            return "upstream_stream_broken";
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            return context.RequestAborted.IsCancellationRequested ? "client_closed_request" : "gateway_upstream_timeout";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async ValueTask<int> ReadAsync(Stream upstream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await upstream.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new UpstreamBrokeException();
        }
    }

    private static void Relay(HttpHeaders from, IHeaderDictionary to)
    {
        foreach (var (name, values) in from)
            if (!NotRelayed.Contains(name)) to[name] = values.ToArray();
    }

    private sealed class UpstreamBrokeException : Exception;
}
