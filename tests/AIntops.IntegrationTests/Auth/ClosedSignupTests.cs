using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Auth;

public sealed class ClosedSignupApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:AllowSignup"] = "false" };
}

/// <summary>With <c>Auth:AllowSignup=false</c> only invited people join, after the first account of an empty installation.</summary>
public sealed class ClosedSignupTests(ClosedSignupApiFactory factory) : IClassFixture<ClosedSignupApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    private async Task<bool> SignupOpenAsync() => (await _client.GetJsonAsync("/v1/auth/settings"))["signupOpen"]!.GetValue<bool>();

    [Fact]
    public async Task The_first_account_may_sign_up_then_only_invited_people_join()
    {
        Assert.True(await SignupOpenAsync());
        var first = await factory.SignupOwnerAsync();
        Assert.False(await SignupOpenAsync());

        var email = ApiClient.UniqueEmail("uninvited");
        var refused = await _client.PostAsJsonAsync("/v1/auth/signup",
            new { email, password = ApiClient.Password, name = "Mallory", organizationName = "Not allowed" });

        var problem = await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("invitation", problem["detail"]!.GetValue<string>());
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.Equal((1, 1), await factory.WithDbAsync(async db => (await db.Users.CountAsync(), await db.Organizations.CountAsync())));
        await (await _client.TryLoginAsync(email, ApiClient.Password)).ExpectProblemAsync(HttpStatusCode.Unauthorized);

        var invitation = await first.Client.InviteAsync(email);
        var invited = await factory.CreateClient().AcceptInvitationAsync(invitation.Token, name: "Invited");
        var me = await factory.CreateClient().As(invited.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(first.OrganizationId, me["organization"]!["id"]!.GetValue<Guid>());
        await _client.LoginAsync(email);
    }
}
