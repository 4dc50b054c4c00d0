using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AIntops.Client;

public static class AIntopsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAIntopsRecorder"/> and the background sender (a hosted service), configured by
    /// <paramref name="configure"/>: <c>services.AddAIntops(o => { o.Endpoint = new Uri("https://aintops.example.com"); o.ApiKey = key; })</c>.
    /// </summary>
    public static IServiceCollection AddAIntops(this IServiceCollection services, Action<AIntopsOptions> configure)
    {
        services.Configure(configure);
        return services.AddAIntopsSender();
    }

    /// <summary>As <see cref="AddAIntops(IServiceCollection, Action{AIntopsOptions})"/>, bound from a configuration section
    /// (e.g. <c>AIntops</c> with <c>Endpoint</c>, <c>ApiKey</c>, <c>Environment</c>…), then <paramref name="configure"/>.</summary>
    public static IServiceCollection AddAIntops(this IServiceCollection services, IConfiguration section, Action<AIntopsOptions>? configure = null)
    {
        services.Configure<AIntopsOptions>(section);
        return services.AddAIntops(configure ?? (_ => { }));
    }

    private static IServiceCollection AddAIntopsSender(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(AIntopsSender))) return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(AIntopsSender.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<AIntopsOptions>>().Value.RequestTimeout);
        services.AddSingleton<AIntopsSender>();
        services.AddSingleton<IAIntopsRecorder>(provider => provider.GetRequiredService<AIntopsSender>());
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<AIntopsSender>());
        return services;
    }

    /// <summary>Records the OpenAI and Anthropic calls this HttpClient makes (<see cref="AIntopsHttpHandler"/>); needs <c>AddAIntops</c>.</summary>
    public static IHttpClientBuilder AddAIntopsHandler(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler(provider => new AIntopsHttpHandler(provider.GetRequiredService<IAIntopsRecorder>()));
}
