extern alias MockProviders;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Infrastructure.Security;
using AIntops.IntegrationTests.Support;
using MockProviders::AIntops.MockProviders;
using AIntops.UnitTests.Security;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Providers;

/// <summary>Connecting, listing, rotating and disconnecting providers over HTTP, against the real mock provider server.</summary>
public sealed class ProviderConnectionTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Connecting_with_the_mock_key_answers_201_with_only_a_masked_key(string provider)
    {
        var owner = await api.SignupOwnerAsync();

        var response = await owner.Client.ConnectAsync(provider, provider == "openai" ? MockKeys.OpenAi : MockKeys.Anthropic,
            provider == "openai" ? api.OpenAiBaseUrl : api.AnthropicBaseUrl);

        await response.ExpectAsync(HttpStatusCode.Created);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("MOCK-VALID-KEY", body);
        var connection = await owner.Client.ConnectionAsync(Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]));
        Assert.Equal(provider, connection["provider"]!.GetValue<string>());
        Assert.Equal("••••7890", connection["maskedKey"]!.GetValue<string>());
        Assert.Contains(connection.StatusOf(), new[] { "syncing", "ok" });
        Assert.DoesNotContain("MOCK-VALID-KEY", (await owner.Client.GetJsonAsync("/v1/providers")).ToJsonString());
    }

    [Fact]
    public async Task The_configured_mock_is_offered_to_owners_with_its_keys_and_connects()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner, "member");

        var mocks = (await owner.Client.GetJsonAsync("/v1/providers/mock")).AsArray();

        Assert.Equal([("openai", api.OpenAiBaseUrl, MockKeys.OpenAi), ("anthropic", api.AnthropicBaseUrl, MockKeys.Anthropic)],
            mocks.Select(m => (m!.Text("provider"), m!.Text("baseUrl"), m!.Text("adminKey"))));
        var openAi = mocks[0]!;
        await (await owner.Client.ConnectAsync("openai", openAi.Text("adminKey"), openAi.Text("baseUrl"))).ExpectAsync(HttpStatusCode.Created);
        await (await member.Client.GetAsync("/v1/providers/mock")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_stored_credential_is_a_Fernet_token_of_the_configured_key()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();

        var token = await StoredTokenAsync(owner.OrganizationId, id);

        Assert.DoesNotContain(MockKeys.OpenAi, token);
        Assert.StartsWith("gAAAAA", token);
        Assert.Equal(MockKeys.OpenAi, System.Text.Encoding.UTF8.GetString(Fernet.Decrypt([api.FernetKey], token, DateTimeOffset.UtcNow)));
    }

    [PythonInteropFact]
    public async Task Python_cryptography_decrypts_the_stored_credential_with_the_configured_key()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "anthropic")).IdOf();

        var decrypted = PythonFernet.Run("print(Fernet(sys.argv[1]).decrypt(sys.argv[2]).decode())",
            api.FernetKey.ToBase64Url(), await StoredTokenAsync(owner.OrganizationId, id));

        Assert.Equal(MockKeys.Anthropic, decrypted);
    }

    [Fact]
    public async Task A_refused_key_is_a_400_that_says_so_and_nothing_is_stored()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.ConnectAsync("openai", "sk-admin-WRONG-KEY-000000", api.OpenAiBaseUrl))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("refused the key", problem["detail"]!.GetValue<string>());
        Assert.Contains("refused the key", problem["errors"]!["credentials"]![0]!.GetValue<string>());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/providers")).AsArray());
        Assert.Equal(0, await ConnectionCountAsync(owner.OrganizationId));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_base_url_at_a_loopback_port_not_allowed_is_a_400_naming_only_the_category_and_nothing_is_called(string host)
    {
        var owner = await api.SignupOwnerAsync();
        using var trap = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        trap.Start();
        var port = ((IPEndPoint)trap.LocalEndpoint).Port;

        var problem = await (await owner.Client.ConnectAsync("anthropic", MockKeys.Anthropic, $"http://{host}:{port}"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        var message = problem["errors"]!["baseUrl"]![0]!.GetValue<string>();
        Assert.Contains("internal address, which this server does not call", message);
        Assert.DoesNotContain(port.ToString(), problem.ToJsonString());
        Assert.DoesNotContain(host, message);
        Assert.False(trap.Pending(), "Something connected to the refused port.");
        Assert.Equal(0, await ConnectionCountAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task The_earlier_name_base_url_still_connects()
    {
        var owner = await api.SignupOwnerAsync();

        var response = await owner.Client.PostAsJsonAsync("/v1/providers", new { provider = "openai", credentials = MockKeys.OpenAi, base_url = api.OpenAiBaseUrl });

        await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(api.OpenAiBaseUrl, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["baseUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_fields_and_unknown_providers_are_400s_naming_the_field()
    {
        var owner = await api.SignupOwnerAsync();

        var unknown = await (await owner.Client.PostAsJsonAsync("/v1/providers",
            new { provider = "openai", credentials = MockKeys.OpenAi, baseUrl = api.OpenAiBaseUrl, region = "eu" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var wrongProvider = await (await owner.Client.ConnectAsync("azure", MockKeys.OpenAi, api.OpenAiBaseUrl)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var badUrl = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, "ftp://example.com")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("not accepted", unknown["errors"]!["region"]![0]!.GetValue<string>());
        Assert.Contains("openai, anthropic", wrongProvider["errors"]!["provider"]![0]!.GetValue<string>());
        Assert.NotNull(badUrl["errors"]!["baseUrl"]);
        Assert.Equal(0, await ConnectionCountAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task Members_read_connections_but_cannot_manage_them()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        var member = await api.AddMemberAsync(owner);

        Assert.Single((await member.Client.GetJsonAsync("/v1/providers")).AsArray());
        await (await member.Client.ConnectAsync("openai", MockKeys.OpenAi, api.OpenAiBaseUrl)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync($"/v1/providers/{id}/sync", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PutAsJsonAsync($"/v1/providers/{id}/credentials", new { credentials = MockKeys.OpenAi }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.DeleteAsync($"/v1/providers/{id}")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_organization_can_neither_see_nor_touch_a_connection()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        var stranger = await api.SignupOwnerAsync();

        Assert.Empty((await stranger.Client.GetJsonAsync("/v1/providers")).AsArray());
        await (await stranger.Client.PostAsync($"/v1/providers/{id}/sync", null)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/v1/providers/{id}/credentials", new { credentials = MockKeys.OpenAi }))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/v1/providers/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await owner.Client.GetJsonAsync("/v1/providers")).AsArray());
    }

    [Fact]
    public async Task Replacing_credentials_checks_the_new_key_and_keeps_the_old_one_when_it_is_refused()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        await owner.Client.WaitForSyncAsync(id);
        var before = await StoredTokenAsync(owner.OrganizationId, id);

        await (await owner.Client.PutAsJsonAsync($"/v1/providers/{id}/credentials", new { credentials = "sk-admin-WRONG-KEY-000000" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await StoredTokenAsync(owner.OrganizationId, id));

        var response = await owner.Client.PutAsJsonAsync($"/v1/providers/{id}/credentials", new { credentials = MockKeys.OpenAi });
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.NotEqual(before, await StoredTokenAsync(owner.OrganizationId, id));
        Assert.Contains((await owner.Client.ActivityAsync()).Types, t => t == "provider_credentials_replaced");
    }

    [Fact]
    public async Task Connecting_ticks_the_onboarding_step_and_is_recorded_in_the_activity()
    {
        var owner = await api.SignupOwnerAsync();

        await owner.Client.ConnectOkAsync(api, "anthropic");

        var steps = (await owner.Client.GetJsonAsync("/v1/onboarding"))["items"]!.AsArray();
        Assert.True(steps.Single(s => s!["key"]!.GetValue<string>() == "connect_provider")!["completed"]!.GetValue<bool>());
        Assert.Contains((await owner.Client.ActivityAsync()).Types, t => t == "provider_connected");
    }

    [Fact]
    public async Task Disconnecting_deletes_the_connection_and_its_synced_rows()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "anthropic")).IdOf();
        await owner.Client.WaitForSyncAsync(id);
        Assert.NotEmpty(await api.StoredUsageAsync(owner.OrganizationId, id));

        await (await owner.Client.DeleteAsync($"/v1/providers/{id}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Empty((await owner.Client.GetJsonAsync("/v1/providers")).AsArray());
        Assert.Empty(await api.StoredUsageAsync(owner.OrganizationId, id));
        await (await owner.Client.DeleteAsync($"/v1/providers/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<string> StoredTokenAsync(Guid organizationId, Guid id) =>
        api.WithDbAsync(db => db.ProviderConnections.AsNoTracking().Where(c => c.Id == id).Select(c => c.CredentialToken).SingleAsync(), organizationId);

    private Task<int> ConnectionCountAsync(Guid organizationId) => api.WithDbAsync(db => db.ProviderConnections.CountAsync(), organizationId);
}
