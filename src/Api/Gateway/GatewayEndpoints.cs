using AIntops.Application.Providers;
using AIntops.Api.Endpoints;
using AIntops.Api.Infrastructure;
using AIntops.Application.Gateway;
using AIntops.Application.Common.Outbound;
using AIntops.Infrastructure.Outbound;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Gateway;

/// <summary>
/// <c>/gateway/openai/…</c> and <c>/gateway/anthropic/…</c>: every method and path forwarded to the provider's API. Left out of the
/// OpenAPI document: the provider's own API reference describes it (docs/integrations.md).
/// </summary>
public sealed class GatewayEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var provider in ProviderCatalog.Names)
            app.Map($"{GatewayPaths.Prefix}/{provider}/{{**path}}", context => context.RequestServices.GetRequiredService<GatewayProxy>().RelayAsync(context, provider))
                .WithMetadata(ApiKeyAuthentication.GatewayPolicy).ExcludeFromDescription();
    }
}

public static class GatewayPaths
{
    public const string Prefix = "/gateway";
}

public static class GatewaySetup
{
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.Section));
        // The guard's handler, without logging and without trace headers of its own: the caller's headers go as they came.
        services.AddHttpClient(GatewayProxy.ClientName)
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var handler = OutboundHttp.Handler(services.GetRequiredService<IOptions<OutboundOptions>>().Value);
                handler.ActivityHeadersPropagator = null;
                return handler;
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<GatewayProxy>();
        services.AddSingleton<GatewayRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayRecorder>());
        return services;
    }
}
