namespace AIntops.Application.Common.Outbound;

/// <summary>A user-supplied address resolved to an address the server does not call (and its host:port is not allowed).</summary>
public sealed class OutboundAddressRefusedException(string host, int port)
    : Exception($"{host}:{port} resolves to a loopback, private or otherwise internal address, and is not in {OutboundOptions.Section}:AllowedPrivateHosts.")
{
    /// <summary>What a user is told: the category, never the address.</summary>
    public const string Category = "points to a loopback, private or otherwise internal address, which this server does not call. "
        + "An operator can allow a host:port with " + OutboundOptions.Section + ":AllowedPrivateHosts.";
}
