using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AIntops.Domain.Notifications;
using AIntops.Infrastructure.Security;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>
/// Signed webhook channels over HTTP to a real receiver on loopback: the documented payload and headers, the signature checked
/// with the recipe of docs/webhooks.md, retries and refusals, the secret shown once and rotated, validation and tenancy.
/// </summary>
public sealed class WebhookChannelTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task An_alert_is_delivered_once_with_the_documented_payload_and_a_signature_the_documented_recipe_verifies()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var created = await owner.Client.CreateWebhookChannelAsync(url, ["budget_warning"]);
        var secret = created.Text("signingSecret");
        var budgetId = Guid.NewGuid();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId, AlertTypes.BudgetWarning, title: "Budget Ops at 80%",
            message: "Spend reached $80.00 of $100.00 this month.", links: new AlertLinks(BudgetId: budgetId));

        await api.DeliverDueAsync();
        await api.DeliverDueAsync();

        var post = Assert.Single(api.Slack.PostsTo(url));
        Assert.StartsWith("application/json", post.Headers["Content-Type"]);
        Assert.StartsWith("AIntops-Webhook/", post.Headers["User-Agent"]);
        Assert.True(Verify(post, secret), "The signature does not verify with the documented recipe.");
        Assert.False(Verify(post, secret + "x"));
        var timestamp = long.Parse(post.Headers["X-AIntops-Timestamp"]);
        Assert.InRange(timestamp, api.Clock.GetUtcNow().ToUnixTimeSeconds() - 300, api.Clock.GetUtcNow().ToUnixTimeSeconds());
        Assert.True(Guid.TryParse(post.Headers["X-AIntops-Delivery"], out _));
        var alert = await owner.Client.AlertAsync(raised.AlertId);
        var body = post.Body.AsObject();
        Assert.Equal(["data", "id", "link", "occurredAt", "organizationId", "severity", "text", "title", "type"], body.Select(p => p.Key).Order());
        Assert.Equal(raised.AlertId, body["id"]!.GetValue<Guid>());
        Assert.Equal(("budget_warning", "warning", "Budget Ops at 80%"), (body.Text("type"), body.Text("severity"), body.Text("title")));
        Assert.Equal("Spend reached $80.00 of $100.00 this month.", body.Text("text"));
        Assert.Equal(alert["createdAt"]!.GetValue<DateTime>(), body["occurredAt"]!.GetValue<DateTime>());
        Assert.EndsWith("Z", body.Text("occurredAt"));
        Assert.Equal(owner.OrganizationId, body["organizationId"]!.GetValue<Guid>());
        Assert.Equal($"{NotificationApiFactory.PublicUrl}/alerts", body.Text("link"));
        Assert.Equal(budgetId, body["data"]!["budgetId"]!.GetValue<Guid>());
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, created.IdOf());
        Assert.Equal(("sent", 1, "webhook"), (delivery.Text("state"), delivery["attempts"]!.GetValue<int>(), delivery.Text("channelType")));
    }

    [Fact]
    public async Task A_500_is_retried_and_the_alert_is_delivered_once_with_the_same_id_and_delivery()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook(new SlackAnswer(500, ""));
        var created = await owner.Client.CreateWebhookChannelAsync(url);
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, created.IdOf());
        Assert.Equal(("retrying", 500), (delivery.Text("state"), delivery["lastStatusCode"]!.GetValue<int>()));
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.DeliverDueAsync();
        api.Clock.Advance(TimeSpan.FromHours(3));
        await api.DeliverDueAsync();

        var posts = api.Slack.PostsTo(url);
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body["id"]!.GetValue<Guid>(), posts[1].Body["id"]!.GetValue<Guid>());
        Assert.Equal(posts[0].Headers["X-AIntops-Delivery"], posts[1].Headers["X-AIntops-Delivery"]);
        Assert.All(posts, p => Assert.True(Verify(p, created.Text("signingSecret"))));
        delivery = await owner.Client.DeliveryAsync(raised.AlertId, created.IdOf());
        Assert.Equal(("sent", 2), (delivery.Text("state"), delivery["attempts"]!.GetValue<int>()));
        var attempts = await api.AttemptsAsync(owner.OrganizationId, raised.AlertId, created.IdOf());
        Assert.Equal([(500, DeliveryState.Retrying), (200, DeliveryState.Sent)], attempts.Select(a => (a.StatusCode!.Value, a.Outcome)));
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_Retry_After()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook(new SlackAnswer(429, "", RetryAfterSeconds: 120));
        var created = await owner.Client.CreateWebhookChannelAsync(url);
        await api.RaiseAlertAsync(owner.OrganizationId);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();
        api.Clock.Advance(TimeSpan.FromSeconds(119));
        await api.DeliverDueAsync();
        Assert.Single(api.Slack.PostsTo(url));
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.DeliverDueAsync();

        Assert.Equal(2, api.Slack.PostsTo(url).Count);
        Assert.NotNull((await owner.Client.ChannelAsync(created.IdOf()))["lastDeliveredAt"]?.GetValue<DateTime>());
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(410, true)]
    public async Task A_client_error_fails_the_delivery_for_good_and_410_Gone_switches_the_channel_off(int status, bool switchedOff)
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook(new SlackAnswer(status, "secret receiver detail"));
        var channel = (await owner.Client.CreateWebhookChannelAsync(url)).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();
        api.Clock.Advance(TimeSpan.FromHours(3));
        await api.DeliverDueAsync();

        Assert.Single(api.Slack.PostsTo(url));
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal(("failed_permanent", status), (delivery.Text("state"), delivery["lastStatusCode"]!.GetValue<int>()));
        var attempt = Assert.Single(await api.AttemptsAsync(owner.OrganizationId, raised.AlertId, channel));
        Assert.Equal((status, DeliveryState.FailedPermanent), (attempt.StatusCode!.Value, attempt.Outcome));
        Assert.DoesNotContain("secret receiver detail", attempt.Error);
        var shown = await owner.Client.ChannelAsync(channel);
        Assert.StartsWith("The webhook endpoint", shown.Text("lastError"));
        Assert.Equal((switchedOff, !switchedOff), (shown["disabledByFailure"]!.GetValue<bool>(), shown["enabled"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_secret_is_shown_once_stored_encrypted_and_rotating_it_changes_the_signature()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var created = await owner.Client.CreateWebhookChannelAsync(url);
        var id = created.IdOf();
        var first = created.Text("signingSecret");
        Assert.StartsWith("whsec_", first);
        Assert.True(first.Length >= "whsec_".Length + 43, first);
        Assert.Equal($"http://{new Uri(url).Authority}/…{url[^4..]}", created.Text("maskedWebhookUrl"));

        var listed = (await owner.Client.GetJsonAsync("/v1/notification-channels")).ToJsonString();
        Assert.DoesNotContain(first, listed);
        Assert.DoesNotContain(url.Split('/')[^1], listed);
        Assert.Null((await owner.Client.ChannelAsync(id))["signingSecret"]?.GetValue<string>());
        var stored = await api.WithDbAsync(db => db.NotificationChannels.AsNoTracking().SingleAsync(c => c.Id == id), owner.OrganizationId);
        Assert.Equal(first, Encoding.UTF8.GetString(Fernet.Decrypt([api.FernetKey], stored.SigningSecretToken!, DateTimeOffset.UtcNow)));

        var rotated = await RotateAsync(owner.Client, id);
        await rotated.ExpectAsync(HttpStatusCode.OK);
        var second = JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!.Text("signingSecret");
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(second, (await owner.Client.GetJsonAsync("/v1/notification-channels")).ToJsonString());

        Assert.True((await owner.Client.TestChannelAsync(id))["delivered"]!.GetValue<bool>());
        var post = Assert.Single(api.Slack.PostsTo(url));
        Assert.True(Verify(post, second));
        Assert.False(Verify(post, first));
        Assert.Equal("test", post.Body.Text("type"));
    }

    [Fact]
    public async Task Only_webhook_channels_have_a_secret_to_rotate_and_only_owners_and_admins_rotate_it()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner, "member");
        var slack = (await owner.Client.CreateSlackChannelAsync(api.Slack.NewHook())).IdOf();
        var webhook = (await owner.Client.CreateWebhookChannelAsync(api.Slack.NewHook())).IdOf();

        await (await RotateAsync(owner.Client, slack)).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await RotateAsync(member.Client, webhook)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Null((await owner.Client.ChannelAsync(slack))["signingSecret"]?.GetValue<string>());
    }

    public static TheoryData<string, string> InvalidWebhooks => new()
    {
        { """{"type":"webhook","name":"A"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"not a url"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"http://hooks.example.com/alerts"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://10.1.2.3/alerts"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://169.254.169.254/latest/meta-data"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://[::1]/alerts"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://user:pass@hooks.example.com/alerts"}""", "webhookUrl" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://hooks.example.com/alerts","recipients":["a@example.com"]}""", "recipients" },
        { """{"type":"webhook","name":"A","webhookUrl":"https://hooks.example.com/alerts","alertTypes":["weather"]}""", "alertTypes[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidWebhooks))]
    public async Task Invalid_webhooks_are_400_naming_the_field_and_create_nothing(string body, string field)
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.PostAsync("/v1/notification-channels", new StringContent(body, Encoding.UTF8, "application/json")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
    }

    [Fact]
    public async Task A_loopback_port_that_is_not_allowed_is_refused_when_typed_without_connecting_to_it()
    {
        var owner = await api.SignupOwnerAsync();
        var trap = new TcpListener(IPAddress.Loopback, 0);
        trap.Start();
        try
        {
            var port = ((IPEndPoint)trap.LocalEndpoint).Port;
            var problem = await (await owner.Client.PostChannelAsync(new { type = "webhook", name = "Trap", webhookUrl = $"http://127.0.0.1:{port}/alerts" }))
                .ExpectProblemAsync(HttpStatusCode.BadRequest);

            Assert.Contains("AllowedPrivateHosts", problem["errors"]!["webhookUrl"]![0]!.GetValue<string>());
            Assert.False(trap.Pending(), "Something connected to the refused port.");
            Assert.Empty((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
        }
        finally
        {
            trap.Stop();
        }
    }

    [Fact]
    public async Task Another_organization_can_neither_see_nor_test_nor_rotate_nor_change_the_channel()
    {
        var owner = await api.SignupOwnerAsync();
        var stranger = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var id = (await owner.Client.CreateWebhookChannelAsync(url)).IdOf();

        Assert.Empty((await stranger.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
        await (await stranger.Client.PostAsync($"/v1/notification-channels/{id}/test", null)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await RotateAsync(stranger.Client, id)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/v1/notification-channels/{id}", new { name = "Mine" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/v1/notification-channels/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(api.Slack.PostsTo(url));
        Assert.NotEqual("Mine", (await owner.Client.ChannelAsync(id)).Text("name"));
    }

    /// <summary>docs/webhooks.md's recipe: HMAC-SHA256 over "timestamp.rawbody" keyed with the secret, hex, compared in constant time.</summary>
    private static bool Verify(SlackReceiver.Post post, string secret)
    {
        var timestamp = post.Headers["X-AIntops-Timestamp"];
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{post.RawBody}")));
        var received = post.Headers["X-AIntops-Signature"];
        return received.StartsWith("v1=") && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(received[3..]));
    }

    private static Task<HttpResponseMessage> RotateAsync(HttpClient client, Guid id) => client.PostAsync($"/v1/notification-channels/{id}/rotate-secret", null);
}
