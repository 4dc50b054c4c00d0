namespace AIntops.Application.Common.Outbound;

/// <summary>Configuration section <c>Outbound</c>: what the server calls at addresses users type (provider base URLs, webhooks).</summary>
public sealed class OutboundOptions
{
    public const string Section = "Outbound";

    /// <summary>
    /// Comma-separated <c>host:port</c> pairs the server may call although they are on a loopback, private or
    /// otherwise internal network, e.g. <c>127.0.0.1:8001,mock-openai:8001,[::1]:9000</c>. Empty: none.
    /// </summary>
    public string? AllowedPrivateHosts { get; set; }

    /// <summary>The largest answer read from such an address; a larger one fails as a bad answer without being read whole.</summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Whether <paramref name="host"/>:<paramref name="port"/> is listed; the host as in the URL, IPv6 with or without brackets.</summary>
    public bool Allows(string host, int port) =>
        (AllowedPrivateHosts ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Any(entry => string.Equals(entry, $"{Bare(host)}:{port}", StringComparison.OrdinalIgnoreCase)
                      || string.Equals(entry, $"[{Bare(host)}]:{port}", StringComparison.OrdinalIgnoreCase));

    private static string Bare(string host) => host.TrimStart('[').TrimEnd(']');
}
