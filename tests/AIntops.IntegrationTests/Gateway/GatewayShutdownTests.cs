extern alias MockProviders;
using System.Net;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MockProviders::AIntops.MockProviders;

namespace AIntops.IntegrationTests.Gateway;

/// <summary>Calls relayed just before a graceful stop are written before the host is gone.</summary>
public sealed class GatewayShutdownTests
{
    [Fact]
    public async Task Calls_still_queued_when_the_host_stops_are_written_before_it_is_gone()
    {
        await using var mock = MockProviderApp.Build(["--urls", "http://127.0.0.1:0"]);
        await mock.StartAsync();
        var mockRoot = new Uri(mock.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        await using var deployment = new RedeployedApi();
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Upstreams:openai"] = mockRoot.ToString(),
            ["Outbound:AllowedPrivateHosts"] = mockRoot.Authority,
            // Longer than the test: the calls are still queued when the host is asked to stop.
            ["Gateway:RecordWindow"] = "00:05:00",
        };
        var first = deployment.Start(settings);
        var owner = await first.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        using var caller = new HttpClient();
        for (var i = 0; i < 5; i++)
            await (await caller.SendAsync(GatewayApi.ProviderRequest(first.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/openai",
                "openai", "/v1/chat/completions", GatewayApi.Chat(), new Dictionary<string, string> { ["X-AIntops-Key"] = key, ["X-AIntops-Request-Id"] = $"queued-{i}" })))
                .ExpectAsync(HttpStatusCode.OK);
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray());

        await first.DisposeAsync();

        var second = deployment.Start(settings);
        using var reader = second.CreateClient();
        reader.DefaultRequestHeaders.Authorization = owner.Client.DefaultRequestHeaders.Authorization;
        var items = (await reader.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"queued-{i}"), items.Select(i => i!.Text("externalRequestId")).Order());
    }
}
