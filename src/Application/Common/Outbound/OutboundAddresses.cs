using System.Net;
using System.Net.Sockets;

namespace AIntops.Application.Common.Outbound;

/// <summary>
/// Which addresses the server calls on a user's behalf: public unicast only. Loopback, private, shared (CGNAT),
/// link-local, unique-local, multicast, reserved and documentation ranges are refused, also when an IPv6
/// address carries one of them (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
/// </summary>
public static class OutboundAddresses
{
    private static readonly IPNetwork[] RefusedV4 = Networks(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
        "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    private static readonly IPNetwork[] RefusedV6 = Networks(
        "::/128", "::1/128", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    /// <summary>IPv6 prefixes whose addresses carry an IPv4 address, and where in the 16 bytes it sits.</summary>
    private static readonly (IPNetwork Network, int Offset)[] CarryingV4 =
    [
        (IPNetwork.Parse("::ffff:0:0:0/96"), 12), (IPNetwork.Parse("::/96"), 12), (IPNetwork.Parse("64:ff9b::/96"), 12),
        (IPNetwork.Parse("64:ff9b:1::/48"), 12), (IPNetwork.Parse("2002::/16"), 2),
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return !RefusedV4.Any(n => n.Contains(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || RefusedV6.Any(n => n.Contains(address))) return false;
        foreach (var (network, offset) in CarryingV4)
            if (network.Contains(address))
                return IsPublic(new IPAddress(address.GetAddressBytes().AsSpan(offset, 4)));
        return true;
    }

    private static IPNetwork[] Networks(params string[] cidrs) => cidrs.Select(IPNetwork.Parse).ToArray();
}
