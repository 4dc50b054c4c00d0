using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Application.Retention;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Requests;

public sealed class RequestContentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";

    private static readonly object Chat = new[]
    {
        new { role = "system", content = "You answer support mail." },
        new { role = "user", content = "I am jane@example.com, my key is sk-proj-abcdefghijklmnop1234" },
    };

    private sealed record Sender(SignedIn Owner, HttpClient Ingest);

    private async Task<Sender> OrganizationAsync(bool storeContent = true)
    {
        var owner = await factory.SignupOwnerAsync();
        if (storeContent) await ChangeAsync(owner, new { storeRequestContent = true });
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        return new Sender(owner, factory.CreateClient().WithApiKey(key));
    }

    private static async Task ChangeAsync(SignedIn owner, object settings) =>
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", settings)).ExpectAsync(HttpStatusCode.NoContent);

    private static async Task<(Guid Id, JsonNode Answer)> SendAsync(Sender sender, object? input, object? output = null, object? extra = null)
    {
        var answer = await sender.Ingest.IngestAsync(Merge(IngestApi.Event(extra: extra), new { input, output }));
        return (answer["id"]!.GetValue<Guid>(), answer);
    }

    private static JsonObject Merge(object ingestEvent, object fields)
    {
        var node = (JsonObject)ingestEvent;
        foreach (var (name, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(fields))!.AsObject())
            if (value is not null) node[name] = value.DeepClone();
        return node;
    }

    private Task<int> StoredContentsAsync(Guid organizationId) => factory.WithDbAsync(db => db.RequestContents.CountAsync(), organizationId);

    [Fact]
    public async Task Content_is_stored_only_when_the_organization_keeps_it()
    {
        var sender = await OrganizationAsync(storeContent: false);

        var (dropped, answer) = await SendAsync(sender, Chat, "Sure.");
        Assert.False(answer["contentStored"]!.GetValue<bool>());
        var detail = await sender.Owner.Client.GetJsonAsync($"/v1/requests/{dropped}");
        Assert.Null(detail["content"]);
        Assert.False(detail["contentHidden"]!.GetValue<bool>());
        Assert.Equal(0, await StoredContentsAsync(sender.Owner.OrganizationId));

        await ChangeAsync(sender.Owner, new { storeRequestContent = true });
        Assert.False((await SendAsync(sender, null)).Answer["contentStored"]!.GetValue<bool>());
        var (stored, kept) = await SendAsync(sender, Chat, "Sure, jane.");
        Assert.True(kept["contentStored"]!.GetValue<bool>());

        var content = (await sender.Owner.Client.GetJsonAsync($"/v1/requests/{stored}"))["content"]!;
        Assert.Equal(["system", "user"], content["input"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("I am [email], my key is [secret]", content["input"]![1]!["content"]!.GetValue<string>());
        Assert.Equal("Sure, jane.", content["output"]!.GetValue<string>());
        Assert.False(content["truncated"]!.GetValue<bool>());
        Assert.Equal(1, await StoredContentsAsync(sender.Owner.OrganizationId));
    }

    [Fact]
    public async Task Every_kind_of_secret_is_redacted_and_long_text_is_truncated_in_a_batch_too()
    {
        var sender = await OrganizationAsync();
        var input = new[]
        {
            new { role = "user", content = $"ann@example.org sk-ant-api03-AbCdEfGhIjKlMnOp_qr AKIAIOSFODNN7EXAMPLE {Jwt}" },
            new { role = "tool", content = "Authorization: Bearer abc.DEF-123 card 4111 1111 1111 1111, order 4111 1111 1111 1112" },
        };
        var output = "é" + new string('x', 40_000);
        var events = new[] { Merge(IngestApi.Event(), new { input, output }), Merge(IngestApi.Event(), new { input = "plain" }) };
        var response = await sender.Ingest.PostAsJsonAsync("/v1/ingest/batch", new { events });
        await response.ExpectAsync(HttpStatusCode.OK);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();
        Assert.All(results, r => Assert.True(r!["result"]!["contentStored"]!.GetValue<bool>()));

        var content = (await sender.Owner.Client.GetJsonAsync($"/v1/requests/{results[0]!["result"]!["id"]}"))["content"]!;
        Assert.Equal("[email] [secret] [aws_key] [jwt]", content["input"]![0]!["content"]!.GetValue<string>());
        Assert.Equal("Authorization: [bearer] card [card], order 4111 1111 1111 1112", content["input"]![1]!["content"]!.GetValue<string>());
        Assert.True(content["truncated"]!.GetValue<bool>());
        Assert.Equal(32 * 1024, System.Text.Encoding.UTF8.GetByteCount(content["output"]!.GetValue<string>()));
        Assert.Equal(new Dictionary<string, int> { ["email"] = 1, ["secret"] = 1, ["aws_key"] = 1, ["jwt"] = 1, ["bearer"] = 1, ["card"] = 1 },
            content["redactions"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()));
        var plain = (await sender.Owner.Client.GetJsonAsync($"/v1/requests/{results[1]!["result"]!["id"]}"))["content"]!;
        Assert.Equal("plain", plain["input"]!.GetValue<string>());
        Assert.Null(plain["output"]);
    }

    [Theory]
    [InlineData("input", "42")]
    [InlineData("output", """[{"role":"assistant"}]""")]
    [InlineData("input", """[{"role":"user","content":{"text":"hi"}}]""")]
    public async Task Bad_content_is_refused_naming_the_field_and_nothing_is_stored(string field, string value)
    {
        var sender = await OrganizationAsync();
        var body = (JsonObject)IngestApi.Event();
        body[field] = JsonNode.Parse(value);

        var problem = await (await sender.Ingest.PostAsJsonAsync("/v1/ingest", body)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        Assert.Empty(await factory.RawEventsAsync(sender.Owner.OrganizationId));
    }

    [Fact]
    public async Task Members_see_content_only_when_the_organization_lets_them_and_admins_always_do()
    {
        var sender = await OrganizationAsync();
        var member = await factory.AddMemberAsync(sender.Owner);
        var admin = await factory.AddMemberAsync(sender.Owner, "admin");
        var (id, _) = await SendAsync(sender, "hello");

        var hidden = await member.Client.GetJsonAsync($"/v1/requests/{id}");
        Assert.Null(hidden["content"]);
        Assert.True(hidden["contentHidden"]!.GetValue<bool>());
        Assert.Equal("hello", (await admin.Client.GetJsonAsync($"/v1/requests/{id}"))["content"]!["input"]!.GetValue<string>());

        await ChangeAsync(sender.Owner, new { membersSeeContent = true });
        var shown = await member.Client.GetJsonAsync($"/v1/requests/{id}");
        Assert.Equal("hello", shown["content"]!["input"]!.GetValue<string>());
        Assert.False(shown["contentHidden"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Another_organization_never_sees_the_content()
    {
        var sender = await OrganizationAsync();
        var (id, _) = await SendAsync(sender, "secret plans");
        var other = await factory.SignupOwnerAsync();

        await (await other.Client.GetAsync($"/v1/requests/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await StoredContentsAsync(other.OrganizationId));
        var export = await other.Client.GetStringAsync("/v1/exports/usage.json?includeContent=true&dataMode=all");
        Assert.DoesNotContain("secret plans", export);
    }

    [Fact]
    public async Task A_retried_event_does_not_store_its_content_twice()
    {
        var sender = await OrganizationAsync();
        var retried = IngestApi.Event();
        var first = await sender.Ingest.IngestAsync(Merge(retried, new { input = "one" }));
        var duplicate = await sender.Ingest.IngestAsync(Merge(retried, new { input = "two" }));
        var twice = IngestApi.Event();
        await sender.Ingest.PostAsJsonAsync("/v1/ingest/batch", new { events = new[] { Merge(twice, new { input = "a" }), Merge(IngestApi.Event(
            ((JsonObject)twice)["externalRequestId"]!.GetValue<string>()), new { input = "b" }) } });

        Assert.True(first["contentStored"]!.GetValue<bool>());
        Assert.True(duplicate["duplicate"]!.GetValue<bool>());
        Assert.False(duplicate["contentStored"]!.GetValue<bool>());
        Assert.Equal(2, await StoredContentsAsync(sender.Owner.OrganizationId));
        Assert.Equal("one", (await sender.Owner.Client.GetJsonAsync($"/v1/requests/{first["id"]}"))["content"]!["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task Retention_removes_content_after_its_own_days_and_with_its_event()
    {
        var sender = await OrganizationAsync();
        await ChangeAsync(sender.Owner, new { contentRetentionDays = 7, rawRetentionDays = 30 });
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var (fresh, _) = await SendAsync(sender, "fresh");
        var (aged, _) = await SendAsync(sender, "aged");
        var (old, _) = await SendAsync(sender, "old event", extra: new { timestamp = now.AddDays(-40).ToString("O") });
        var tenDaysAgo = new DateTimeOffset(now.AddDays(-10)).ToUnixTimeMilliseconds();
        await factory.WithDbAsync(db => db.RequestContents.Where(c => c.EventId == aged).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAtMs, tenDaysAgo)),
            sender.Owner.OrganizationId);

        await factory.Services.GetRequiredService<RetentionEnforcer>().EnforceAllAsync(CancellationToken.None);

        var left = await factory.WithDbAsync(db => db.RequestContents.Select(c => c.EventId).ToListAsync(), sender.Owner.OrganizationId);
        Assert.Equal([fresh], left);
        Assert.Null((await sender.Owner.Client.GetJsonAsync($"/v1/requests/{aged}"))["content"]);
        await (await sender.Owner.Client.GetAsync($"/v1/requests/{old}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("test-data", "test")]
    [InlineData("demo-data", "demo")]
    public async Task Clearing_demo_or_test_data_removes_its_content_and_keeps_the_rest(string kind, string dataMode)
    {
        var sender = await OrganizationAsync();
        var (real, _) = await SendAsync(sender, "real");
        await SendAsync(sender, "cleared", extra: new { dataMode });

        Assert.Equal(1, await sender.Owner.Client.DeletedAsync(kind, "workspace"));

        var left = await factory.WithDbAsync(db => db.RequestContents.Select(c => c.EventId).ToListAsync(), sender.Owner.OrganizationId);
        Assert.Equal([real], left);
    }

    [Fact]
    public async Task Exports_hold_content_only_when_an_owner_or_admin_asks()
    {
        var sender = await OrganizationAsync();
        var member = await factory.AddMemberAsync(sender.Owner);
        await ChangeAsync(sender.Owner, new { membersSeeContent = true });
        await SendAsync(sender, Chat, "Done, see [ticket]");

        var plain = await sender.Owner.Client.GetStringAsync("/v1/exports/usage.csv");
        Assert.DoesNotContain("input", plain.Split('\n')[0].Split(','));
        Assert.DoesNotContain("[email]", plain);
        Assert.Null(JsonNode.Parse(await sender.Owner.Client.GetStringAsync("/v1/exports/usage.json"))![0]!["input"]);

        var csv = (await sender.Owner.Client.GetStringAsync("/v1/exports/usage.csv?includeContent=true")).Split('\n');
        Assert.EndsWith(",input,output", csv[0]);
        Assert.Contains("[email]", csv[1]);
        Assert.EndsWith(",Done, see [ticket]", csv[1].TrimEnd('\r').Replace("\"", ""));
        var json = JsonNode.Parse(await sender.Owner.Client.GetStringAsync("/v1/exports/usage.json?includeContent=true"))![0]!;
        Assert.Equal("user", json["input"]![1]!["role"]!.GetValue<string>());
        Assert.Equal("Done, see [ticket]", json["output"]!.GetValue<string>());

        await (await member.Client.GetAsync("/v1/exports/usage.csv?includeContent=true")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync("/v1/exports/usage.json?includeContent=true")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }
}
