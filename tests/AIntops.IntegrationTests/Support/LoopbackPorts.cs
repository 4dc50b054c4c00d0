using System.Net;
using System.Net.Sockets;

namespace AIntops.IntegrationTests.Support;

public static class LoopbackPorts
{
    /// <summary>A loopback port nothing listens on (free when asked).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
