using System.Net;
using System.Net.Sockets;
using AIntops.Application.Common.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Outbound;

/// <summary>
/// The one way the server calls addresses users type (provider base URLs, webhooks): the name is resolved once,
/// every address it resolves to must be public (<see cref="OutboundAddresses"/>) unless its host:port is allowed,
/// and the connection goes to the addresses that were checked, so a second lookup cannot rebind it. No redirects,
/// no proxy, answers bounded by <see cref="OutboundOptions.MaxResponseBytes"/>.
/// </summary>
public static class OutboundHttp
{
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<OutboundOptions>(configuration.GetSection(OutboundOptions.Section));

    /// <summary>Sends the client's requests through the guard.</summary>
    public static IHttpClientBuilder ThroughOutboundGuard(this IHttpClientBuilder builder) => builder
        .ConfigurePrimaryHttpMessageHandler(services => Handler(Options(services)))
        .ConfigureHttpClient((services, client) => client.MaxResponseContentBufferSize = Options(services).MaxResponseBytes);

    public static SocketsHttpHandler Handler(OutboundOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options, cancellationToken),
    };

    /// <exception cref="OutboundAddressRefusedException">The host resolves to an address the server does not call.</exception>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, OutboundOptions options, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!options.Allows(host, endpoint.Port) && !addresses.All(OutboundAddresses.IsPublic))
            throw new OutboundAddressRefusedException(host, endpoint.Port);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The guard's refusal, as the handler wraps it.</summary>
    public static OutboundAddressRefusedException? Refusal(Exception e) => e.InnerException as OutboundAddressRefusedException;

    /// <summary>The answer was larger than <see cref="OutboundOptions.MaxResponseBytes"/>.</summary>
    public static bool IsTooLarge(HttpRequestException e) => e.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded;

    private static OutboundOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<OutboundOptions>>().Value;
}
