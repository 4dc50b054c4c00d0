namespace AIntops.Client;

/// <summary>
/// Records the OpenAI (chat completions, responses, embeddings) and Anthropic (messages) calls of an HttpClient: model,
/// usage, latency from send to the end of the response, status and error type, attributed by <see cref="AIntopsScope"/>.
/// It changes neither the request nor the response bytes: a JSON answer is buffered and read, a streamed
/// (<c>text/event-stream</c>) answer passes through as it arrives while its <c>data:</c> lines are scanned for the usage.
/// Other requests pass untouched.
/// </summary>
public sealed class AIntopsHttpHandler : DelegatingHandler
{
    private readonly IAIntopsRecorder _recorder;

    public AIntopsHttpHandler(IAIntopsRecorder recorder) => _recorder = recorder;

    public AIntopsHttpHandler(IAIntopsRecorder recorder, HttpMessageHandler innerHandler) : base(innerHandler) => _recorder = recorder;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, async: true, cancellationToken).AsTask();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, async: false, cancellationToken).GetAwaiter().GetResult();

    /// <summary>One path for both: with <paramref name="async"/> false, every step completes synchronously.</summary>
    private async ValueTask<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        if (ProviderCall.Recognize(request) is not var (api, provider))
            return async ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false) : base.Send(request, cancellationToken);

        var call = new TrackedCall(_recorder, AIntopsScope.Current);
        // A synchronous send reads no request body: that read could block on content the caller streams.
        var answer = new ProviderCall(api, provider, async ? await ProviderCall.RequestedModelAsync(request, cancellationToken).ConfigureAwait(false) : null);
        try
        {
            var response = async ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false) : base.Send(request, cancellationToken);
            answer.Answered(response);
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (mediaType == "text/event-stream")
            {
                response.Content = new ObservedContent(response.Content, answer, call);
                return response;
            }
            if (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal))
            {
                var buffering = response.Content.LoadIntoBufferAsync();
                if (async) await buffering.ConfigureAwait(false);
                else buffering.GetAwaiter().GetResult();
                // Buffered, the body is read at once, without waiting.
                answer.Read(response.Content.ReadAsByteArrayAsync(cancellationToken).GetAwaiter().GetResult());
            }
            call.End(answer.ToEvent());
            return response;
        }
        catch (Exception ex)
        {
            call.End(answer.ToEvent(ex));
            throw;
        }
    }
}
