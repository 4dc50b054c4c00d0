namespace AIntops.Infrastructure.Providers;

/// <summary>Sends each provider request through its provider's resilience pipeline (retry → circuit breaker → attempt timeout).</summary>
public sealed class ResilienceHandler(ProviderResilience resilience, string provider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await resilience.For(provider, request.RequestUri!).ExecuteAsync(
            static async (state, ct) => await state.Handler.SendOnce(state.Request, ct),
            (Handler: this, Request: request), cancellationToken);

    private Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
