using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AIntops.Api.Infrastructure;

/// <summary>
/// What a browser and a reverse proxy need from the host: security headers on every answer, the client's scheme and address
/// from a trusted proxy's forwarded headers (so the refresh cookie is Secure and HSTS is sent behind https), and the switches
/// that hide the API description and the metrics endpoint.
/// </summary>
public static class HttpHardening
{
    /// <summary>Scripts, styles, images and calls from this origin only; no framing, no plugins, forms and base URL to this origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddHttpHardening(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Http:ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (Split(proxies.KnownProxies).Concat(Split(proxies.KnownNetworks)).Any())
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            }
            foreach (var proxy in Split(proxies.KnownProxies)) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in Split(proxies.KnownNetworks)) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's scheme and address.</summary>
    public static void UseHttpHardening(this WebApplication app)
    {
        if (app.Configuration.GetValue("Http:ForwardedHeaders:Enabled", false)) app.UseForwardedHeaders();
        app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }

    /// <summary><c>Http:ExposeSwagger</c> (default true): the OpenAPI document and its UI at /swagger.</summary>
    public static bool ExposesSwagger(this WebApplication app) => app.Configuration.GetValue("Http:ExposeSwagger", true);

    /// <summary><c>Http:ExposeMetrics</c> (default true): the Prometheus scraping endpoint at /metrics.</summary>
    public static bool ExposesMetrics(this WebApplication app) => app.Configuration.GetValue("Http:ExposeMetrics", true);

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <param name="Enabled">Read X-Forwarded-For, -Proto and -Host; only from the proxies listed (loopback when none is).</param>
    /// <param name="KnownProxies">Comma-separated proxy addresses whose forwarded headers are believed.</param>
    /// <param name="KnownNetworks">Comma-separated networks (CIDR) of such proxies.</param>
    private sealed record ForwardedHeadersSettings(bool Enabled = false, string? KnownProxies = null, string? KnownNetworks = null);
}
