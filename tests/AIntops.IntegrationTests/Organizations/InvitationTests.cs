using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Auth;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AIntops.IntegrationTests.Organizations;

public sealed class InvitationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Owner_invites_with_a_role_and_gets_the_token_and_accept_path_once()
    {
        var owner = await factory.SignupOwnerAsync();
        var email = ApiClient.UniqueEmail("invitee");

        var response = await owner.Client.PostInvitationAsync(email.ToUpperInvariant(), "admin");

        await response.ExpectAsync(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<InvitationSent>(ApiClient.Json);
        Assert.Equal(email, created!.Email);
        Assert.Equal("admin", created.Role);
        Assert.False(string.IsNullOrEmpty(created.Token));
        Assert.Equal($"/accept-invitation#token={created.Token}", created.AcceptPath);
        Assert.Equal("not_configured", created.EmailDelivery);
        Assert.Equal($"/v1/invitations/{created.Id}", response.Headers.Location?.OriginalString);

        var listed = Assert.Single((await owner.Client.GetJsonAsync("/v1/invitations")).AsArray())!;
        Assert.Equal(created.Id, listed["id"]!.GetValue<Guid>());
        Assert.Equal(email, listed.Text("email"));
        Assert.Equal("admin", listed.Text("role"));
        Assert.Null(listed["token"]);
    }

    [Fact]
    public async Task Preview_shows_organization_email_role_and_whether_the_account_exists()
    {
        var owner = await factory.SignupOwnerAsync();
        var existing = await factory.SignupOwnerAsync();
        var forNew = await owner.Client.InviteAsync(ApiClient.UniqueEmail("new"), "member");
        var forExisting = await owner.Client.InviteAsync(existing.Email, "admin");
        var anonymous = factory.CreateClient();

        var preview = await anonymous.LookUpInvitationAsync(forNew.Token);
        Assert.Equal(owner.OrganizationName, preview.Text("organizationName"));
        Assert.Equal(forNew.Email, preview.Text("email"));
        Assert.Equal("member", preview.Text("role"));
        Assert.False(preview["accountExists"]!.GetValue<bool>());

        var existingPreview = await anonymous.LookUpInvitationAsync(forExisting.Token);
        Assert.Equal("admin", existingPreview.Text("role"));
        Assert.True(existingPreview["accountExists"]!.GetValue<bool>());

        await (await anonymous.PostLookUpAsync("not-a-token")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull((await (await anonymous.PostLookUpAsync("")).ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["token"]);
    }

    [Fact]
    public async Task Accepting_as_a_new_account_signs_in_to_the_organization_with_the_invited_role_and_works_once()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("new"), "admin");
        var invitee = factory.CreateClient();

        var tokens = await invitee.AcceptInvitationAsync(invitation.Token, name: "New Person");

        var me = await invitee.As(tokens.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(invitation.Email, me["user"]!.Text("email"));
        Assert.Equal("New Person", me["user"]!.Text("name"));
        Assert.Equal(owner.OrganizationId, me["organization"]!["id"]!.GetValue<Guid>());
        Assert.Equal("admin", me.Text("role"));
        Assert.Single(me["memberships"]!.AsArray());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/invitations")).AsArray());

        await (await factory.CreateClient().PostAcceptAsync(invitation.Token, name: "Again")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().PostLookUpAsync(invitation.Token)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_earlier_paths_with_the_token_in_the_url_still_answer_marked_deprecated()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("old"), "member");
        var anonymous = factory.CreateClient();

        var preview = await anonymous.GetAsync($"/v1/invitations/{invitation.Token}");
        await preview.ExpectAsync(HttpStatusCode.OK);
        var accepted = await anonymous.PostAsJsonAsync($"/v1/invitations/{invitation.Token}/accept", new { password = ApiClient.Password, name = "Old Client" });
        await accepted.ExpectAsync(HttpStatusCode.OK);

        foreach (var (response, successor) in new[] { (preview, "/v1/invitations/lookup"), (accepted, "/v1/invitations/accept") })
        {
            Assert.Equal("true", response.Headers.GetValues("Deprecation").Single());
            Assert.Equal($"<{successor}>; rel=\"successor-version\"", response.Headers.GetValues("Link").Single());
        }
        Assert.Equal(owner.OrganizationId, (await (await anonymous.SignedInAsync((await accepted.Content.ReadFromJsonAsync<TokenPair>(ApiClient.Json))!))
            .Client.GetJsonAsync("/v1/me"))["organization"]!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Accepting_as_a_new_account_requires_a_name_and_a_valid_password()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("new"));
        var anonymous = factory.CreateClient();

        var noName = await (await anonymous.PostAcceptAsync(invitation.Token, name: null)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noName["errors"]!["name"]);
        var shortPassword = await (await anonymous.PostAcceptAsync(invitation.Token, "short", "Name")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(shortPassword["errors"]!["password"]);

        await anonymous.AcceptInvitationAsync(invitation.Token, name: "Name");
    }

    [Fact]
    public async Task Expired_invitation_is_not_found()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("late"));
        var validFor = TimeSpan.FromDays(factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.InvitationDays);
        var anonymous = factory.CreateClient();

        factory.Clock.Advance(validFor + TimeSpan.FromMinutes(1));
        try
        {
            await (await anonymous.PostLookUpAsync(invitation.Token)).ExpectProblemAsync(HttpStatusCode.NotFound);
            await (await anonymous.PostAcceptAsync(invitation.Token, name: "Late")).ExpectProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            factory.Clock.Advance(-(validFor + TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task Accepting_for_an_existing_account_needs_its_password_and_adds_a_second_membership()
    {
        var owner = await factory.SignupOwnerAsync();
        var existing = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(existing.Email, "member");
        var anonymous = factory.CreateClient();

        await (await anonymous.PostAcceptAsync(invitation.Token, "wrong password!")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        var tokens = await anonymous.AcceptInvitationAsync(invitation.Token);

        var me = await anonymous.As(tokens.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal(existing.UserId, me["user"]!["id"]!.GetValue<Guid>());
        Assert.Equal(owner.OrganizationId, me["organization"]!["id"]!.GetValue<Guid>());
        Assert.Equal("member", me.Text("role"));
        var memberships = me["memberships"]!.AsArray().ToDictionary(m => m!["organizationId"]!.GetValue<Guid>(), m => m!.Text("role"));
        Assert.Equal(new Dictionary<Guid, string> { [owner.OrganizationId] = "member", [existing.OrganizationId] = "owner" }, memberships);
    }

    [Fact]
    public async Task Inviting_someone_who_is_already_a_member_conflicts()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);

        await (await owner.Client.PostInvitationAsync(member.Email, "admin")).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PostInvitationAsync(owner.Email.ToUpperInvariant(), "member")).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_owners_invite_owners_and_members_cannot_invite_at_all()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");

        await (await admin.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "owner")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await admin.Client.InviteAsync(ApiClient.UniqueEmail(), "admin");
        await owner.Client.InviteAsync(ApiClient.UniqueEmail(), "owner");
        await (await member.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "member")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync("/v1/invitations")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invalid_email_or_role_is_rejected_naming_the_field()
    {
        var owner = await factory.SignupOwnerAsync();

        var problem = await (await owner.Client.PostInvitationAsync("not-an-email", "superuser")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["email"]);
        Assert.NotNull(problem["errors"]!["role"]);
    }

    [Fact]
    public async Task Withdrawn_invitation_disappears_and_its_token_stops_working()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("withdrawn"));

        await (await owner.Client.DeleteAsync($"/v1/invitations/{invitation.Id}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Empty((await owner.Client.GetJsonAsync("/v1/invitations")).AsArray());
        await (await factory.CreateClient().PostAcceptAsync(invitation.Token, name: "Too late")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/v1/invitations/{invitation.Id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inviting_ticks_the_invite_member_onboarding_item()
    {
        var owner = await factory.SignupOwnerAsync();
        Assert.False(InviteMemberItem(await owner.Client.GetJsonAsync("/v1/onboarding"))["completed"]!.GetValue<bool>());

        await owner.Client.InviteAsync(ApiClient.UniqueEmail());

        var item = InviteMemberItem(await owner.Client.GetJsonAsync("/v1/onboarding"));
        Assert.True(item["completed"]!.GetValue<bool>());
        Assert.NotNull(item["completedAt"]);
    }

    private static JsonNode InviteMemberItem(JsonNode onboarding) =>
        onboarding["items"]!.AsArray().Single(i => i!.Text("key") == "invite_member")!;
}
