using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

public sealed class SwitchOrganizationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_member_of_two_organizations_can_switch_to_the_other_one()
    {
        var user = await factory.SignupOwnerAsync(organizationName: "Org A");
        var ownerOfB = await factory.SignupOwnerAsync(organizationName: "Org B");
        var invitation = await ownerOfB.Client.InviteAsync(user.Email);
        await factory.CreateClient().AcceptInvitationAsync(invitation.Token);

        var response = await user.Client.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId = ownerOfB.OrganizationId });

        await response.ExpectAsync(HttpStatusCode.OK);
        var switched = (await response.Content.ReadFromJsonAsync<TokenPair>())!;
        var me = await factory.CreateClient().As(switched.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(ownerOfB.OrganizationId, me["organization"]!["id"]!.GetValue<Guid>());
        Assert.Equal("Org B", me["organization"]!["name"]!.GetValue<string>());
        Assert.Equal("member", me["role"]!.GetValue<string>());
        await factory.CreateClientWithoutCookies().RefreshOkAsync(switched.RefreshToken);
    }

    [Fact]
    public async Task Switching_to_an_organization_the_user_is_not_in_is_404()
    {
        var user = await factory.SignupOwnerAsync();
        var stranger = await factory.SignupOwnerAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/auth/switch-organization", new { organizationId = stranger.OrganizationId });

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
