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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (ProviderCall.Recognize(request) is not var (api, provider))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var call = new TrackedCall(_recorder, AIntopsScope.Current);
        var answer = new ProviderCall(api, provider, await ProviderCall.RequestedModelAsync(request, cancellationToken).ConfigureAwait(false));
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            answer.Answered(response);
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (mediaType == "text/event-stream")
            {
                response.Content = new ObservedContent(response.Content, answer, call);
                return response;
            }
            if (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal))
            {
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                answer.Read(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
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
