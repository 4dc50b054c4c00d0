using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Gateway;

/// <summary>An organization's own upstream replaces the configured one for its calls only, and is checked like any address the server calls.</summary>
public sealed class GatewayUpstreamTests(GatewayUpstreamTests.RefusedDefaultFactory api) : IClassFixture<GatewayUpstreamTests.RefusedDefaultFactory>
{
    /// <summary>
    /// The mock runs, but the configured OpenAI upstream is a loopback port the guard refuses from its address alone; Anthropic's is
    /// the mock, and a call is retried once.
    /// </summary>
    public sealed class RefusedDefaultFactory : ProviderApiFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["Gateway:Upstreams:openai"] = "http://127.0.0.1:9";
                settings["Gateway:MaxRetries"] = "1";
                return settings;
            }
        }
    }

    private async Task<HttpResponseMessage> ChatAsync(string key)
    {
        using var client = new HttpClient();
        return await client.SendAsync(GatewayApi.ProviderRequest(api.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/openai",
            "openai", "/v1/chat/completions", GatewayApi.Chat(), new Dictionary<string, string> { ["X-AIntops-Key"] = key }));
    }

    [Fact]
    public async Task An_organizations_upstream_serves_its_calls_and_no_one_elses_until_it_is_cleared()
    {
        var own = await api.SignupOwnerAsync();
        var (_, ownKey) = await own.Client.CreateApiKeyAsync();
        var other = await api.SignupOwnerAsync();
        var (_, otherKey) = await other.Client.CreateApiKeyAsync();

        await (await own.Client.PatchAsJsonAsync("/v1/organization", new { gateway = new { openAi = api.MockRoot.ToString() } })).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(api.MockRoot.ToString(), (await own.Client.GetJsonAsync("/v1/organization"))["gateway"]!["openAi"]!.GetValue<string>());
        await (await ChatAsync(ownKey)).ExpectAsync(HttpStatusCode.OK);
        await (await ChatAsync(otherKey)).ExpectAsync(HttpStatusCode.BadGateway);
        Assert.Null((await other.Client.GetJsonAsync("/v1/organization"))["gateway"]!["openAi"]);

        await (await own.Client.PatchAsJsonAsync("/v1/organization", new { gateway = new { openAi = "" } })).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Null((await own.Client.GetJsonAsync("/v1/organization"))["gateway"]!["openAi"]);
        await (await ChatAsync(ownKey)).ExpectAsync(HttpStatusCode.BadGateway);
    }

    [Theory]
    [InlineData("not a url", "must be an absolute https URL.")]
    [InlineData("http://api.example.com", "must use https")]
    [InlineData("https://10.1.2.3", "private")]
    [InlineData("https://user:secret@api.example.com", "user-info")]
    public async Task An_upstream_that_is_not_a_public_https_url_is_refused_and_nothing_changes(string url, string problem)
    {
        var owner = await api.SignupOwnerAsync();

        var response = await owner.Client.PatchAsJsonAsync("/v1/organization", new { name = "Renamed", gateway = new { anthropic = url } });

        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Contains(problem, errors["gateway.anthropic"]![0]!.GetValue<string>());
        var organization = await owner.Client.GetJsonAsync("/v1/organization");
        Assert.Null(organization["gateway"]!["anthropic"]);
        Assert.NotEqual("Renamed", organization.Text("name"));
    }

    [Fact]
    public async Task Members_cannot_change_the_upstreams()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner);

        await (await member.Client.PatchAsJsonAsync("/v1/organization", new { gateway = new { openAi = "https://api.example.com" } }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task With_retries_configured_a_call_refused_for_load_is_sent_again_before_anything_reaches_the_caller()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await api.AddFaultAsync(new { provider = "anthropic", status = 529, retry_after_seconds = 0, times = 1 });
        var before = (await api.Mock.GetJsonAsync("_mock/faults"))["requests"]!.GetValue<int>();
        using var client = new HttpClient();

        var response = await client.SendAsync(GatewayApi.ProviderRequest(api.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority) + "/gateway/anthropic",
            "anthropic", "/v1/messages", GatewayApi.Message(), new Dictionary<string, string> { ["X-AIntops-Key"] = key }));

        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("message", JsonNode.Parse(await response.Content.ReadAsStringAsync())!.Text("type"));
        Assert.Equal(before + 2, (await api.Mock.GetJsonAsync("_mock/faults"))["requests"]!.GetValue<int>());
    }
}
