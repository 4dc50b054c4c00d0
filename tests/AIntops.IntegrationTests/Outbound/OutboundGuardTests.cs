extern alias MockProviders;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AIntops.Application.Common.Security;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using MockProviders::AIntops.MockProviders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Outbound;

/// <summary>
/// Provider base URLs and webhook URLs used as a request forgery against an internal service: only allowed loopback
/// services are reached, nothing they answer is read back, redirects are not followed and answers are bounded.
/// </summary>
public sealed class OutboundGuardTests(OutboundApiFactory api) : IClassFixture<OutboundApiFactory>
{
    private const string BadAnswer = "OpenAI did not answer as its admin API does (an error, or a body that could not be read). Check the base URL, or try again later.";

    [Theory]
    [InlineData("{0}{2}/v1/organization/costs?limit=1#")]
    [InlineData("http://admin:secret@{1}/{2}/v1")]
    public async Task A_base_url_with_a_fragment_or_user_info_is_a_400_naming_baseUrl_and_nothing_is_called(string template)
    {
        var owner = await api.SignupOwnerAsync();
        var tag = $"ok-{Guid.NewGuid():N}";

        var problem = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, string.Format(template, api.ServiceRoot, api.ServiceRoot.Authority, tag)))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["baseUrl"]);
        Assert.DoesNotContain(api.Requests, r => r.Contains(tag));
        Assert.Equal(0, await ConnectionCountAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task An_allowed_service_answering_an_error_is_a_502_that_repeats_neither_its_status_nor_its_body()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, api.Url("refuse", "v1"))).ExpectProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal(BadAnswer, problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain(OutboundApiFactory.Secret, problem.ToJsonString());
        // Without the trace id, whose random hex digits hold "404" about once in a hundred answers.
        problem.AsObject().Remove("traceId");
        Assert.DoesNotContain("404", problem.ToJsonString());
        Assert.Contains(api.Requests, r => r.StartsWith("/refuse/v1/organization/usage/completions"));
    }

    [Fact]
    public async Task An_answer_larger_than_the_limit_fails_as_a_bad_answer_and_nothing_is_stored()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, api.Url("big", "v1"))).ExpectProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal(BadAnswer, problem["detail"]!.GetValue<string>());
        Assert.Contains(api.Requests, r => r.StartsWith("/big/v1/"));
        Assert.Equal(0, await ConnectionCountAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, api.Url("redirect", "v1"))).ExpectProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal(BadAnswer, problem["detail"]!.GetValue<string>());
        Assert.Contains(api.Requests, r => r.StartsWith("/redirect/v1/"));
        Assert.DoesNotContain(api.Requests, r => r.StartsWith("/landed/"));
    }

    [Fact]
    public async Task An_allowed_port_where_nothing_listens_is_unreachable_without_naming_the_address()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.ConnectAsync("openai", MockKeys.OpenAi, $"http://127.0.0.1:{api.ClosedPort}/v1"))
            .ExpectProblemAsync(HttpStatusCode.BadGateway);

        Assert.Equal("OpenAI could not be reached. Check the base URL and that the server is up.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stored_connection_to_an_address_no_longer_allowed_fails_its_sync_and_key_replacement_without_calling_it()
    {
        var owner = await api.SignupOwnerAsync();
        using var trap = Trap(out var port);
        var id = await api.WithDbAsync(async db =>
        {
            var key = api.Services.GetRequiredService<ISecretProtector>().Protect(MockKeys.OpenAi);
            var connection = new ProviderConnection(owner.OrganizationId, "openai", "OpenAI", $"http://localhost:{port}/v1", key, "7890", Guid.NewGuid(), DateTime.UtcNow);
            db.ProviderConnections.Add(connection);
            await db.SaveChangesAsync();
            return connection.Id;
        }, owner.OrganizationId);

        await (await owner.Client.PostAsync($"/v1/providers/{id}/sync", null)).ExpectAsync(HttpStatusCode.Accepted);
        var failed = await owner.Client.WaitForSyncAsync(id, c => c.StatusOf() == "error");

        var replaced = await (await owner.Client.PutAsJsonAsync($"/v1/providers/{id}/credentials", new { credentials = MockKeys.OpenAi }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        var error = failed["lastError"]!.GetValue<string>();
        Assert.StartsWith("baseUrl points to a loopback, private or otherwise internal address", error);
        Assert.DoesNotContain(port.ToString(), error);
        Assert.Equal(error, replaced["errors"]!["baseUrl"]![0]!.GetValue<string>());
        Assert.False(trap.Pending(), "Something connected to the refused port.");
    }

    [Fact]
    public async Task The_channel_test_reports_a_category_never_the_status_or_body_that_answered()
    {
        var owner = await api.SignupOwnerAsync();
        var refusing = (await owner.Client.CreateSlackChannelAsync(api.Url("refuse", "services/T0/B0/X"))).IdOf();
        var delivering = (await owner.Client.CreateSlackChannelAsync(api.Url("ok", "services/T0/B0/X"))).IdOf();

        var refused = await TestAsync(owner, refusing);
        var delivered = await TestAsync(owner, delivering);

        Assert.Equal(["delivered", "error", "permanent"], refused.Select(p => p.Key).Order());
        Assert.Equal("Slack refused the message.", refused.Text("error"));
        Assert.DoesNotContain(OutboundApiFactory.Secret, refused.ToJsonString());
        Assert.True(delivered["delivered"]!.GetValue<bool>(), delivered.ToJsonString());
    }

    [Theory]
    [InlineData("big", "Slack answered with more than the server reads.")]
    [InlineData("redirect", "Slack refused the message.")]
    public async Task A_webhook_answering_too_much_or_redirecting_is_not_delivered_and_the_redirect_is_not_followed(string answer, string error)
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.CreateSlackChannelAsync(api.Url(answer, "services/T0/B0/X"))).IdOf();

        var result = await TestAsync(owner, id);

        Assert.False(result["delivered"]!.GetValue<bool>());
        Assert.Equal(error, result.Text("error"));
        Assert.Contains(api.Requests, r => r.StartsWith($"/{answer}/services/"));
        Assert.DoesNotContain(api.Requests, r => r.StartsWith("/landed/"));
    }

    [Fact]
    public async Task A_webhook_whose_name_resolves_to_loopback_is_refused_when_sending_and_never_called()
    {
        var owner = await api.SignupOwnerAsync();
        using var trap = Trap(out var port);
        var id = (await owner.Client.CreateSlackChannelAsync($"https://localhost:{port}/services/T0/B0/X")).IdOf();

        var result = await TestAsync(owner, id);

        Assert.False(result["delivered"]!.GetValue<bool>());
        Assert.True(result["permanent"]!.GetValue<bool>());
        Assert.StartsWith("The webhook URL points to a loopback, private or otherwise internal address", result.Text("error"));
        Assert.DoesNotContain(port.ToString(), result.ToJsonString());
        Assert.False(trap.Pending(), "Something connected to the refused port.");
    }

    /// <summary>A listener on a loopback port the API may not call: a connection to it would wait in its backlog.</summary>
    private static TcpListener Trap(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }

    private static async Task<JsonObject> TestAsync(SignedIn owner, Guid id)
    {
        var response = await owner.Client.PostAsync($"/v1/notification-channels/{id}/test", null);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private Task<int> ConnectionCountAsync(Guid organizationId) => api.WithDbAsync(db => db.ProviderConnections.CountAsync(), organizationId);
}
