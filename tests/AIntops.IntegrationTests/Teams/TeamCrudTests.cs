using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Teams;

/// <summary>Teams CRUD: keys unique per organization, each invalid field named in a 400, members of the organization only, tenancy.</summary>
public sealed class TeamCrudTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_team_is_created_read_changed_given_members_and_deleted_with_its_activity()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner);

        var created = await owner.Client.CreateTeamAsync("  Payments ", " payments", "team-payments");
        Assert.Equal(("Payments", "payments", 0, 0), (created.Text("name"), created.Text("primaryKey"), created["memberCount"]!.GetValue<int>(),
            created["apiKeyCount"]!.GetValue<int>()));
        Assert.Equal(["payments", "team-payments"], created["keys"]!.AsArray().Select(k => k!.GetValue<string>()));
        var id = created.Id();

        var added = await owner.Client.PostAsJsonAsync($"/v1/teams/{id}/members", new { userId = member.UserId });
        await added.ExpectAsync(HttpStatusCode.OK);
        await owner.Client.CreateApiKeyBoundAsync("payments-service", id);
        var changed = await owner.Client.PutAsJsonAsync($"/v1/teams/{id}", new { name = "Payments platform", keys = new[] { "team-payments", "billing" } });
        await changed.ExpectAsync(HttpStatusCode.OK);

        var read = await member.Client.GetJsonAsync($"/v1/teams/{id}");
        Assert.Equal(("Payments platform", "team-payments", 1, 1), (read.Text("name"), read.Text("primaryKey"), read["memberCount"]!.GetValue<int>(),
            read["apiKeyCount"]!.GetValue<int>()));
        Assert.Equal([member.UserId], read["members"]!.AsArray().Select(m => m!["userId"]!.GetValue<Guid>()));
        var listed = (await member.Client.GetJsonAsync("/v1/teams")).AsArray().Single()!;
        Assert.Equal(["team-payments", "billing"], listed["keys"]!.AsArray().Select(k => k!.GetValue<string>()));

        await (await member.Client.PostAsJsonAsync("/v1/teams", new { name = "Mine", keys = new[] { "mine" } })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.DeleteAsync($"/v1/teams/{id}/members/{member.UserId}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await owner.Client.DeleteAsync($"/v1/teams/{id}/members/{member.UserId}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/v1/teams/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await owner.Client.GetAsync($"/v1/teams/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Null((await owner.Client.GetJsonAsync("/v1/api-keys")).AsArray().Single()!["teamId"]);
        var (_, types) = await owner.Client.ActivityAsync();
        Assert.Subset(types.ToHashSet(), new HashSet<string> { "team_created", "team_updated", "team_deleted" });
    }

    public static TheoryData<string, string> InvalidTeams => new()
    {
        { """{"name":"","keys":["a"]}""", "name" },
        { """{"name":"A","keys":[]}""", "keys" },
        { """{"name":"A"}""", "keys" },
        { """{"name":"A","keys":["  "]}""", "keys[0]" },
        { """{"name":"A","keys":["a"," a"]}""", "keys" },
        { """{"name":"A","keys":["a"],"colour":"red"}""", "colour" },
        { """{"name":"search TEAM","keys":["fresh"]}""", "name" },
        { """{"name":"Fresh","keys":["fresh","search-team"]}""", "keys" },
    };

    [Theory]
    [MemberData(nameof(InvalidTeams))]
    public async Task Each_invalid_field_or_taken_name_or_key_is_a_400_naming_it_and_changes_nothing(string body, string field)
    {
        var owner = await api.SignupOwnerAsync();
        var other = await owner.Client.CreateTeamAsync("Search team", "search", "search-team");
        var id = (await owner.Client.CreateTeamAsync("Chat", "chat")).Id();

        foreach (var response in new[]
                 {
                     await owner.Client.PostAsync("/v1/teams", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
                     await owner.Client.PutAsync($"/v1/teams/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
                 })
        {
            var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        }
        var teams = (await owner.Client.GetJsonAsync("/v1/teams")).AsArray();
        Assert.Equal(["Chat:chat", "Search team:search,search-team"],
            teams.Select(t => $"{t!.Text("name")}:{string.Join(',', t!["keys"]!.AsArray().Select(k => k!.GetValue<string>()))}"));
        Assert.Equal(other.Id(), teams[1]!.Id());
    }

    [Fact]
    public async Task Unknown_users_and_teams_are_404s_and_another_organizations_teams_are_invisible()
    {
        var owner = await api.SignupOwnerAsync();
        var stranger = await api.SignupOwnerAsync();
        var id = (await owner.Client.CreateTeamAsync("Payments", "payments")).Id();

        await (await owner.Client.PostAsJsonAsync($"/v1/teams/{id}/members", new { userId = Guid.NewGuid() })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync($"/v1/teams/{id}/members", new { userId = stranger.UserId })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync("/v1/api-keys", new { name = "k", teamId = Guid.NewGuid() })).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty((await stranger.Client.GetJsonAsync("/v1/teams")).AsArray());
        await (await stranger.Client.GetAsync($"/v1/teams/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/v1/teams/{id}", new { name = "Mine", keys = new[] { "mine" } })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/v1/teams/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsJsonAsync("/v1/api-keys", new { name = "k", teamId = id })).ExpectProblemAsync(HttpStatusCode.NotFound);
        // The same name and key are free in another organization.
        await stranger.Client.CreateTeamAsync("Payments", "payments");
        Assert.Equal("Payments", (await owner.Client.GetJsonAsync($"/v1/teams/{id}")).Text("name"));
    }
}
