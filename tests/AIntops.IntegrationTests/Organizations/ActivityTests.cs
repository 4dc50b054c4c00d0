using System.Net;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Organizations;

public sealed class ActivityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Owner_sees_membership_changes_with_the_actor_email()
    {
        var owner = await factory.SignupOwnerAsync();
        var invitee = ApiClient.UniqueEmail("invitee");
        var invitation = await owner.Client.InviteAsync(invitee, "member");
        var client = factory.CreateClient();
        var member = await client.SignedInAsync(await client.AcceptInvitationAsync(invitation.Token, name: "Invitee"));
        await (await owner.Client.ChangeRoleAsync(member.UserId, "admin")).ExpectAsync(HttpStatusCode.NoContent);
        await (await owner.Client.RemoveMemberAsync(member.UserId)).ExpectAsync(HttpStatusCode.NoContent);

        var events = (await owner.Client.GetJsonAsync("/v1/activity"))["items"]!.AsArray().ToDictionary(e => e!.Text("type"));

        Assert.Equal(owner.Email, events["signup"]!.Text("actorEmail"));
        AssertEvent(events["invitation_created"]!, owner.Email, invitee, "member");
        AssertEvent(events["invitation_accepted"]!, invitee, invitee);
        AssertEvent(events["role_changed"]!, owner.Email, member.UserId.ToString(), "member → admin");
        AssertEvent(events["member_removed"]!, owner.Email, member.UserId.ToString());
        var filtered = (await owner.Client.GetJsonAsync("/v1/activity?type=role_changed"))["items"]!.AsArray();
        Assert.Equal("role_changed", Assert.Single(filtered)!.Text("type"));
    }

    [Fact]
    public async Task Only_owners_and_admins_may_read_activity()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");

        await admin.Client.GetJsonAsync("/v1/activity");
        await (await member.Client.GetAsync("/v1/activity")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("-1")]
    public async Task Limit_outside_1_to_200_is_rejected(string limit)
    {
        var owner = await factory.SignupOwnerAsync();

        var problem = await (await owner.Client.GetAsync($"/v1/activity?limit={limit}")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["limit"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public async Task Limit_bounds_are_accepted(int limit)
    {
        var owner = await factory.SignupOwnerAsync();

        var page = await owner.Client.GetJsonAsync($"/v1/activity?limit={limit}");

        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task Cursor_pages_return_every_older_event_once_even_when_timestamps_tie()
    {
        var owner = await factory.SignupOwnerAsync();
        foreach (var tick in new[] { false, true, false, false, true, true, false })
        {
            if (tick) factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
            await owner.Client.InviteAsync(ApiClient.UniqueEmail());
        }
        var all = (await owner.Client.GetJsonAsync("/v1/activity?limit=200"))["items"]!.AsArray();

        var pages = new List<JsonArray>();
        string? before = null;
        do
        {
            var page = await owner.Client.GetJsonAsync($"/v1/activity?limit=2{(before is null ? "" : $"&before={Uri.EscapeDataString(before)}")}");
            pages.Add(page["items"]!.AsArray());
            before = page["nextBefore"]?.GetValue<string>();
        } while (before is not null && pages.Count < 20);

        var paged = pages.SelectMany(p => p).Select(Id).ToList();
        Assert.Equal(all.Count, paged.Count);
        Assert.Equal(all.Select(Id).Order(), paged.Order());
        foreach (var (newer, older) in pages.Zip(pages.Skip(1)).Where(p => p.Second.Count > 0))
            Assert.True(older.Max(CreatedAt) < newer.Min(CreatedAt));
    }

    private static void AssertEvent(JsonNode e, string actorEmail, string subject, string? detail = null)
    {
        Assert.Equal(actorEmail, e.Text("actorEmail"));
        Assert.Equal(subject, e.Text("subject"));
        if (detail is not null) Assert.Equal(detail, e.Text("detail"));
    }

    private static Guid Id(JsonNode? e) => e!["id"]!.GetValue<Guid>();

    private static DateTime CreatedAt(JsonNode? e) => e!["createdAt"]!.GetValue<DateTime>();
}
