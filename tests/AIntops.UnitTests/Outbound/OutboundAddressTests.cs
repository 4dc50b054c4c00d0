using System.Net;
using AIntops.Application.Common.Outbound;
using AIntops.Infrastructure.Outbound;

namespace AIntops.UnitTests.Outbound;

/// <summary>Which addresses and URLs the server calls on a user's behalf, decided without connecting anywhere.</summary>
public sealed class OutboundAddressTests
{
    private static readonly OutboundOptions Allowing = new() { AllowedPrivateHosts = " 127.0.0.1:8001, mock-openai:8001,[::1]:9000 ,Relay.Internal:443" };

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.1")]
    [InlineData("192.168.1.1")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fe80::1")]
    [InlineData("fe80::1%2")]
    [InlineData("febf::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("ff05::1:3")]
    [InlineData("2001:db8::1")]
    [InlineData("2001::1")]
    [InlineData("100::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:7f00:1")]
    [InlineData("::ffff:0:192.168.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::10.0.0.1")]
    [InlineData("64:ff9b::10.0.0.1")]
    [InlineData("64:ff9b::127.0.0.1")]
    [InlineData("64:ff9b:1::a9fe:a9fe")]
    [InlineData("2002:7f00:1::")]
    [InlineData("2002:c0a8:101::1")]
    public void Internal_addresses_and_IPv6_forms_carrying_them_are_refused(string address) =>
        Assert.False(OutboundAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("8.8.8.8")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.167.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:81b::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Public_unicast_addresses_are_called(string address) =>
        Assert.True(OutboundAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1", 8001, true)]
    [InlineData("127.0.0.1", 8002, false)]
    [InlineData("127.0.0.2", 8001, false)]
    [InlineData("MOCK-OPENAI", 8001, true)]
    [InlineData("mock-openai", 80, false)]
    [InlineData("::1", 9000, true)]
    [InlineData("[::1]", 9000, true)]
    [InlineData("::1", 8001, false)]
    [InlineData("relay.internal", 443, true)]
    [InlineData("internal", 443, false)]
    [InlineData("localhost", 8001, false)]
    public void Only_the_listed_host_and_port_pairs_are_allowed(string host, int port, bool allowed) =>
        Assert.Equal(allowed, Allowing.Allows(host, port));

    [Fact]
    public void Nothing_is_allowed_when_no_hosts_are_listed()
    {
        Assert.False(new OutboundOptions().Allows("127.0.0.1", 8001));
        Assert.False(new OutboundOptions { AllowedPrivateHosts = " , " }.Allows("", 0));
    }

    [Theory]
    [InlineData("https://hooks.slack.com/services/T00/B00/XXXX", null)]
    [InlineData("http://127.0.0.1:8001/services/T00", null)]
    [InlineData("http://[::1]:9000/hook", null)]
    [InlineData("http://hooks.slack.com/services/T00/B00/XXXX", "https")]
    [InlineData("http://127.0.0.1:9000/services/T00", "https")]
    [InlineData("http://localhost/hook", "https")]
    [InlineData("https://10.0.0.5/hook", "internal")]
    [InlineData("https://[::ffff:127.0.0.1]/hook", "internal")]
    [InlineData("https://169.254.169.254/latest/meta-data", "internal")]
    [InlineData("https://user:secret@hooks.slack.com/services/T00", "user-info")]
    [InlineData("https://@hooks.slack.com/services/T00", "user-info")]
    [InlineData("https://hooks.slack.com/services/T00#", "fragment")]
    [InlineData("https://hooks.slack.com/services/T00#/other", "fragment")]
    [InlineData("ftp://127.0.0.1/hook", "absolute https")]
    [InlineData("hooks.slack.com/services/T00", "absolute https")]
    public void Webhook_urls_must_be_https_to_a_public_host_unless_allowed_and_carry_no_fragment_or_user_info(string url, string? problem) =>
        AssertProblem(problem, OutboundUrlRule.Problem(url, Allowing, httpsOnly: true));

    [Theory]
    [InlineData("https://api.openai.com/v1", null)]
    [InlineData("http://127.0.0.1:8001/v1", null)]
    [InlineData("http://mock-openai:8001", null)]
    [InlineData("http://localhost:8002", null)]
    [InlineData("http://127.0.0.1:8002/v1", "internal")]
    [InlineData("http://10.1.2.3/v1", "internal")]
    [InlineData("http://127.0.0.1:8001/v1/organization/costs?x=1#", "fragment")]
    [InlineData("http://k@127.0.0.1:8001/v1", "user-info")]
    [InlineData("file:///etc/passwd", "absolute http or https")]
    public void Base_urls_are_http_or_https_with_internal_literals_refused_and_names_left_to_the_connection(string url, string? problem) =>
        AssertProblem(problem, OutboundUrlRule.Problem(url, Allowing, httpsOnly: false));

    [Theory]
    [InlineData("127.0.0.1", 8002)]
    [InlineData("10.0.0.5", 443)]
    [InlineData("::1", 9001)]
    [InlineData("[::ffff:169.254.169.254]", 80)]
    [InlineData("localhost", 8001)]
    public async Task The_connection_is_refused_before_any_socket_opens_when_the_host_resolves_to_an_internal_address(string host, int port) =>
        await Assert.ThrowsAsync<OutboundAddressRefusedException>(() =>
            OutboundHttp.ConnectAsync(new DnsEndPoint(host, port), Allowing, CancellationToken.None).AsTask());

    private static void AssertProblem(string? expected, string? actual)
    {
        if (expected is null) Assert.Null(actual);
        else Assert.Contains(expected, actual);
    }
}
