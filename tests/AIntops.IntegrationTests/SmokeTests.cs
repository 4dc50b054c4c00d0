using System.Net;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests;

public sealed class SmokeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Signup_then_me_shows_the_new_organization_with_owner_role()
    {
        var client = factory.CreateClient();
        var account = await client.SignupAsync();
        var me = await client.As(account.Tokens.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(account.OrganizationName, me["organization"]!["name"]!.GetValue<string>());
        Assert.Equal("owner", me["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = factory.CreateClient();
        await (await client.GetAsync("/health/live")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/health/ready")).ExpectAsync(HttpStatusCode.OK);
    }
}
