using System.Net;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Organizations;

public sealed class MemberTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Members_list_shows_everyone_in_the_organization_with_their_role()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");

        var members = (await member.Client.GetJsonAsync("/v1/members")).AsArray();

        Assert.Equal(
            new Dictionary<string, string> { [owner.Email] = "owner", [admin.Email] = "admin", [member.Email] = "member" },
            members.ToDictionary(m => m!.Text("email"), m => m!.Text("role")));
        Assert.All(members, m => Assert.NotNull(m!["joinedAt"]));
    }

    [Fact]
    public async Task Owner_promotes_a_member_to_admin()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);

        await (await owner.Client.ChangeRoleAsync(member.UserId, "Admin")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal("admin", (await owner.Client.RolesAsync())[member.UserId]);
        Assert.Equal("admin", (await member.Client.GetJsonAsync("/v1/me")).Text("role"));
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("")]
    [InlineData("1")]
    public async Task Invalid_role_is_rejected_naming_the_role_field(string role)
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);

        var problem = await (await owner.Client.ChangeRoleAsync(member.UserId, role)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["role"]);
        Assert.Equal("member", (await owner.Client.RolesAsync())[member.UserId]);
    }

    [Fact]
    public async Task Admin_manages_members_and_admins_but_not_owners()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");
        var otherAdmin = await factory.AddMemberAsync(owner, "admin");

        await (await admin.Client.ChangeRoleAsync(member.UserId, "admin")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.Client.ChangeRoleAsync(member.UserId, "member")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.Client.ChangeRoleAsync(otherAdmin.UserId, "member")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.Client.ChangeRoleAsync(owner.UserId, "member")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.RemoveMemberAsync(owner.UserId)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.ChangeRoleAsync(member.UserId, "owner")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.ChangeRoleAsync(admin.UserId, "owner")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.RemoveMemberAsync(otherAdmin.UserId)).ExpectAsync(HttpStatusCode.NoContent);

        var roles = await owner.Client.RolesAsync();
        Assert.Equal(new Dictionary<Guid, string> { [owner.UserId] = "owner", [admin.UserId] = "admin", [member.UserId] = "member" }, roles);
    }

    [Fact]
    public async Task Member_is_forbidden_every_membership_write()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);
        var other = await factory.AddMemberAsync(owner);
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail());

        await (await member.Client.ChangeRoleAsync(other.UserId, "admin")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.ChangeRoleAsync(member.UserId, "admin")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.RemoveMemberAsync(other.UserId)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.RemoveMemberAsync(member.UserId)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "member")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.DeleteAsync($"/v1/invitations/{invitation.Id}")).ExpectProblemAsync(HttpStatusCode.Forbidden);

        Assert.All((await owner.Client.RolesAsync()).Where(r => r.Key != owner.UserId), r => Assert.Equal("member", r.Value));
        Assert.Single((await owner.Client.GetJsonAsync("/v1/invitations")).AsArray());
    }

    [Fact]
    public async Task Role_change_takes_effect_on_the_next_request_with_the_same_token()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);
        await (await member.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "member")).ExpectProblemAsync(HttpStatusCode.Forbidden);

        await (await owner.Client.ChangeRoleAsync(member.UserId, "admin")).ExpectAsync(HttpStatusCode.NoContent);
        await member.Client.InviteAsync(ApiClient.UniqueEmail(), "member");

        await (await owner.Client.ChangeRoleAsync(member.UserId, "member")).ExpectAsync(HttpStatusCode.NoContent);
        await (await member.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "member")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Last_owner_can_neither_demote_nor_remove_themself()
    {
        var owner = await factory.SignupOwnerAsync();
        await factory.AddMemberAsync(owner, "admin");

        var demote = await (await owner.Client.ChangeRoleAsync(owner.UserId, "admin")).ExpectProblemAsync(HttpStatusCode.Conflict);
        var remove = await (await owner.Client.RemoveMemberAsync(owner.UserId)).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("last owner", demote.Text("detail"));
        Assert.Contains("last owner", remove.Text("detail"));
        Assert.Equal("owner", (await owner.Client.RolesAsync())[owner.UserId]);
    }

    [Fact]
    public async Task With_two_owners_one_can_be_demoted_until_one_is_left()
    {
        var owner = await factory.SignupOwnerAsync();
        var second = await factory.AddMemberAsync(owner, "owner");

        await (await second.Client.ChangeRoleAsync(owner.UserId, "admin")).ExpectAsync(HttpStatusCode.NoContent);
        await (await second.Client.ChangeRoleAsync(second.UserId, "member")).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.ChangeRoleAsync(second.UserId, "admin")).ExpectProblemAsync(HttpStatusCode.Forbidden);

        var roles = await owner.Client.RolesAsync();
        Assert.Equal(new Dictionary<Guid, string> { [owner.UserId] = "admin", [second.UserId] = "owner" }, roles);
    }

    [Fact]
    public async Task Owner_may_leave_while_another_owner_remains()
    {
        var owner = await factory.SignupOwnerAsync();
        var second = await factory.AddMemberAsync(owner, "owner");

        await (await owner.Client.RemoveMemberAsync(owner.UserId)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal([second.UserId], (await second.Client.RolesAsync()).Keys);
    }

    [Fact]
    public async Task Removed_member_loses_access_at_once()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner, "admin");

        await (await owner.Client.RemoveMemberAsync(member.UserId)).ExpectAsync(HttpStatusCode.NoContent);

        await (await member.Client.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.Client.GetAsync("/v1/members")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain(member.UserId, (await owner.Client.RolesAsync()).Keys);
    }

    [Fact]
    public async Task Changing_or_removing_someone_who_is_not_a_member_is_not_found()
    {
        var owner = await factory.SignupOwnerAsync();
        var unknown = Guid.NewGuid();

        await (await owner.Client.ChangeRoleAsync(unknown, "admin")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.RemoveMemberAsync(unknown)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.RemoveMemberAsync(Guid.Empty)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
