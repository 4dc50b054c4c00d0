using AIntops.Api.Endpoints;
using AIntops.Api.Infrastructure;
using AIntops.Application.Gateway;
using AIntops.Infrastructure.Outbound;

namespace AIntops.Api.Gateway;

/// <summary>
/// <c>/gateway/openai/…</c> and <c>/gateway/anthropic/…</c>: every method and path forwarded to the provider's API. Left out of the
/// OpenAPI document: the provider's own API reference describes it (docs/integrations.md).
/// </summary>
public sealed class GatewayEndpoints : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var provider in GatewayProviders.All)
            app.Map($"/gateway/{provider}/{{**path}}", context => context.RequestServices.GetRequiredService<GatewayProxy>().RelayAsync(context, provider))
                .WithMetadata(ApiKeyAuthentication.GatewayPolicy).ExcludeFromDescription();
    }
}

public static class GatewaySetup
{
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.Section));
        services.AddHttpClient(GatewayProxy.ClientName).ThroughOutboundGuard()
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<GatewayProxy>();
        services.AddSingleton<GatewayRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayRecorder>());
        return services;
    }
}
