using System.Net;
using System.Net.Http.Json;
using AIntops.Application.ApiKeys;
using AIntops.Application.Common.Interfaces;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Ingest;

public sealed class ApiKeyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_new_key_is_shown_once_and_listed_by_prefix_only()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var response = await owner.PostAsJsonAsync("/v1/api-keys", new { name = "backend", team = "search", environment = "staging" });
        await response.ExpectAsync(HttpStatusCode.Created);
        var created = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var key = created["key"]!.GetValue<string>();
        Assert.StartsWith("aik_", key);
        Assert.StartsWith(created["prefix"]!.GetValue<string>(), key);

        var listed = (await owner.GetJsonAsync("/v1/api-keys")).AsArray().Single()!;
        Assert.Equal("backend", listed["name"]!.GetValue<string>());
        Assert.Equal("search", listed["team"]!.GetValue<string>());
        Assert.NotNull(listed["createdBy"]);
        Assert.DoesNotContain(key, listed.ToJsonString());

        var checklist = await owner.GetJsonAsync("/v1/onboarding");
        Assert.Contains(checklist["items"]!.AsArray(), i => i!["key"]!.GetValue<string>() == "create_api_key" && i["completed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bad_key_settings_are_refused_with_field_errors()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var problem = await (await owner.PostAsJsonAsync("/v1/api-keys", new { name = "", environment = "moon" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["environment"]);
    }

    [Fact]
    public async Task Rotation_and_revocation_stop_the_old_secret_at_once()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (id, key) = await owner.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        await sender.IngestAsync(IngestApi.Event());
        Assert.NotNull((await owner.GetJsonAsync("/v1/api-keys")).AsArray().Single()!["lastUsedAt"]);

        var rotated = await (await owner.PostAsync($"/v1/api-keys/{id}/rotate", null)).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        var newKey = rotated!["key"]!.GetValue<string>();
        await sender.IngestAsync(IngestApi.Event(), HttpStatusCode.Unauthorized);
        await factory.CreateClient().WithApiKey(newKey).IngestAsync(IngestApi.Event());

        await (await owner.DeleteAsync($"/v1/api-keys/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await factory.CreateClient().WithApiKey(newKey).IngestAsync(IngestApi.Event(), HttpStatusCode.Unauthorized);
        var listed = (await owner.GetJsonAsync("/v1/api-keys")).AsArray().Single()!;
        Assert.True(listed["revoked"]!.GetValue<bool>());
        await (await owner.PostAsync($"/v1/api-keys/{id}/rotate", null)).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_key_revoked_by_any_save_stops_at_once_and_one_revoked_by_another_instance_within_the_ttl()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var organizationId = await owner.OrganizationIdAsync();
        var (here, hereKey) = await owner.CreateApiKeyAsync("here");
        var (elsewhere, elsewhereKey) = await owner.CreateApiKeyAsync("elsewhere");
        var (hereSender, elsewhereSender) = (factory.CreateClient().WithApiKey(hereKey), factory.CreateClient().WithApiKey(elsewhereKey));
        await hereSender.IngestAsync(IngestApi.Event());
        await elsewhereSender.IngestAsync(IngestApi.Event());

        await factory.WithDbAsync(db => RevokeAsync(db, here), organizationId);
        await factory.WithDbOfAnotherInstanceAsync(db => RevokeAsync(db, elsewhere), organizationId);

        await hereSender.IngestAsync(IngestApi.Event(), HttpStatusCode.Unauthorized);
        await elsewhereSender.IngestAsync(IngestApi.Event());
        using var travel = factory.Clock.TimeTravel();
        factory.Clock.Advance(ApiKeyCache.Ttl);
        await elsewhereSender.IngestAsync(IngestApi.Event(), HttpStatusCode.Unauthorized);
    }

    private async Task<int> RevokeAsync(IAppDbContext db, Guid keyId)
    {
        (await db.ApiKeys.FirstAsync(k => k.Id == keyId)).Revoke(factory.Clock.GetUtcNow().UtcDateTime);
        return await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Members_cannot_manage_keys()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var invitation = await (await owner.PostAsJsonAsync("/v1/invitations", new { email = ApiClient.UniqueEmail("member"), role = "member" }))
            .Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        var accepted = await factory.CreateClient().PostAcceptAsync(invitation!["token"]!.GetValue<string>(), name: "M");
        var member = factory.CreateClient().As((await accepted.Content.ReadFromJsonAsync<TokenPair>())!.AccessToken);
        await (await member.GetAsync("/v1/api-keys")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync("/v1/api-keys", new { name = "x" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }
}
