using AIntops.Application.Providers;
using AIntops.Infrastructure.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Providers;

public static class ProviderClientsRegistration
{
    /// <summary>Both admin clients as typed HttpClients behind the resilience handler and the outbound guard, resolvable together as <see cref="IProviderUsageClient"/>s.</summary>
    public static IServiceCollection AddProviderClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProviderHttpOptions>(configuration.GetSection(ProviderHttpOptions.Section));
        services.AddSingleton<ProviderResilience>();
        services.AddHttpClient<OpenAiAdminClient>(SetTotalTimeout).ThroughOutboundGuard()
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredService<ProviderResilience>(), ProviderNames.OpenAi));
        services.AddHttpClient<AnthropicAdminClient>(SetTotalTimeout).ThroughOutboundGuard()
            .AddHttpMessageHandler(sp => new ResilienceHandler(sp.GetRequiredService<ProviderResilience>(), ProviderNames.Anthropic));
        services.AddTransient<IProviderUsageClient>(sp => sp.GetRequiredService<OpenAiAdminClient>());
        services.AddTransient<IProviderUsageClient>(sp => sp.GetRequiredService<AnthropicAdminClient>());
        return services;
    }

    private static void SetTotalTimeout(IServiceProvider services, HttpClient client) =>
        client.Timeout = services.GetRequiredService<IOptions<ProviderHttpOptions>>().Value.TotalTimeout;
}
