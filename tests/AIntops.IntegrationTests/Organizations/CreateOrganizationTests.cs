using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Organizations;

public sealed class CreateOrganizationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_member_creates_an_organization_they_own_set_up_as_signup_does_and_switches_to_it()
    {
        var owner = await factory.SignupOwnerAsync(organizationName: "First");
        var member = await factory.AddMemberAsync(owner);
        var firstBefore = await OrganizationStateAsync(owner.Client);

        var response = await member.Client.PostAsJsonAsync("/v1/organizations", new { name = "  Side project  " });

        await response.ExpectAsync(HttpStatusCode.Created);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal(("Side project", "enterprise"), (created.Text("name"), created.Text("plan")));
        var memberships = (await member.Client.GetJsonAsync("/v1/me"))["memberships"]!.AsArray();
        Assert.Equal("owner", memberships.Single(m => m!["organizationId"]!.GetValue<Guid>() == id)!.Text("role"));
        Assert.Equal("member", memberships.Single(m => m!["organizationId"]!.GetValue<Guid>() == owner.OrganizationId)!.Text("role"));
        Assert.Equal(firstBefore, await OrganizationStateAsync(owner.Client));

        var switched = await member.Client.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId = id });
        await switched.ExpectAsync(HttpStatusCode.OK);
        var inNew = factory.CreateClient().As((await switched.Content.ReadFromJsonAsync<TokenPair>())!.AccessToken);
        var me = await inNew.GetJsonAsync("/v1/me");
        Assert.Equal((id, "owner"), (me["organization"]!["id"]!.GetValue<Guid>(), me.Text("role")));
        var dashboard = Assert.Single((await inNew.GetJsonAsync("/v1/dashboards")).AsArray())!;
        Assert.True(dashboard["isDefault"]!.GetValue<bool>());
        Assert.Equal(4, dashboard["widgets"]!.AsArray().Count);
        var checklist = (await inNew.GetJsonAsync("/v1/onboarding"))["items"]!.AsArray();
        Assert.Equal(4, checklist.Count);
        Assert.All(checklist, item => Assert.False(item!["completed"]!.GetValue<bool>()));
        Assert.Equal(["organization_created"], (await inNew.ActivityAsync()).Types);
        Assert.Single((await inNew.GetJsonAsync("/v1/members")).AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_missing_name_is_400_and_creates_nothing(string? name)
    {
        var owner = await factory.SignupOwnerAsync();
        var organizations = await factory.WithDbAsync(db => db.Organizations.CountAsync());

        var problem = await (await owner.Client.PostAsJsonAsync("/v1/organizations", new { name })).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["name"]);
        Assert.Equal(organizations, await factory.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.Single((await owner.Client.GetJsonAsync("/v1/me"))["memberships"]!.AsArray());
    }

    private static async Task<string> OrganizationStateAsync(HttpClient owner) =>
        (await owner.GetJsonAsync("/v1/organization")).ToJsonString() + (await owner.GetJsonAsync("/v1/dashboards")).ToJsonString() +
        (await owner.GetJsonAsync("/v1/members")).ToJsonString();
}
