using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Infrastructure.Security;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>Channels over HTTP: CRUD, validation, roles, the encrypted webhook URL, and the test message to a real receiver.</summary>
public sealed class NotificationChannelTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task A_Slack_webhook_is_stored_as_a_Fernet_token_and_only_ever_shown_masked()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();

        var response = await owner.Client.PostChannelAsync(new { type = "slack", name = "Ops", webhookUrl = url, alertTypes = new[] { "anomaly" } });

        await response.ExpectAsync(HttpStatusCode.Created);
        var secret = url.Split('/')[^1];
        Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync());
        var channel = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal($"http://{new Uri(url).Authority}/…{url[^4..]}", channel.Text("maskedWebhookUrl"));
        Assert.Equal(["anomaly"], channel["alertTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.DoesNotContain(secret, (await owner.Client.GetJsonAsync("/v1/notification-channels")).ToJsonString());
        var stored = await api.WithDbAsync(db => db.NotificationChannels.AsNoTracking().SingleAsync(), owner.OrganizationId);
        Assert.StartsWith("gAAAAA", stored.WebhookUrlToken);
        Assert.DoesNotContain(secret, stored.WebhookUrlToken);
        Assert.Equal(url, System.Text.Encoding.UTF8.GetString(Fernet.Decrypt([api.FernetKey], stored.WebhookUrlToken!, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Email_channels_are_created_changed_listed_and_deleted()
    {
        var owner = await api.SignupOwnerAsync();
        var created = await owner.Client.CreateEmailChannelAsync(["finance@example.com", "ops@example.com"], ["budget_warning"]);
        var id = created.IdOf();
        Assert.Equal("email", created.Text("type"));
        Assert.True(created["enabled"]!.GetValue<bool>());

        var updated = await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{id}",
            new { name = "Finance", enabled = false, alertTypes = new[] { "budget_warning", "budget_critical" }, recipients = new[] { "cfo@example.com" } });

        await updated.ExpectAsync(HttpStatusCode.OK);
        var listed = await owner.Client.ChannelAsync(id);
        Assert.Equal("Finance", listed.Text("name"));
        Assert.False(listed["enabled"]!.GetValue<bool>());
        Assert.Equal(["budget_warning", "budget_critical"], listed["alertTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["cfo@example.com"], listed["recipients"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(listed["maskedWebhookUrl"]?.GetValue<string>());

        await (await owner.Client.DeleteAsync($"/v1/notification-channels/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
        await (await owner.Client.DeleteAsync($"/v1/notification-channels/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{id}", new { name = "Gone" })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> InvalidChannels => new()
    {
        { """{"type":"slack","name":"A","webhookUrl":"http://hooks.slack.com/services/T0/B0/X"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"not a url"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"ftp://127.0.0.1/hook"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"http://127.0.0.1:1/services/T0/B0/X"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"https://169.254.169.254/latest/meta-data"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"https://hooks.slack.com/services/T0/B0/X#/other"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"https://user:pass@hooks.slack.com/services/T0/B0/X"}""", "webhookUrl" },
        { """{"type":"slack","name":"A"}""", "webhookUrl" },
        { """{"type":"slack","name":"A","webhookUrl":"https://hooks.slack.com/services/T0/B0/X","recipients":["a@example.com"]}""", "recipients" },
        { """{"type":"email","name":"A","recipients":["a@example.com","not-an-email"]}""", "recipients[1]" },
        { """{"type":"email","name":"A","recipients":[]}""", "recipients" },
        { """{"type":"email","name":"A"}""", "recipients" },
        { """{"type":"email","name":"A","recipients":["a@example.com"],"alertTypes":["anomaly","weather"]}""", "alertTypes[1]" },
        { """{"type":"pager","name":"A"}""", "type" },
        { """{"type":"email","name":" ","recipients":["a@example.com"]}""", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidChannels))]
    public async Task Invalid_channels_are_400_naming_the_field(string body, string field)
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.PostAsync("/v1/notification-channels", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]?[field] is not null, problem.ToJsonString());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
    }

    [Fact]
    public async Task Changing_a_webhook_to_a_loopback_port_not_allowed_is_a_400_and_keeps_the_old_one()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var id = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();

        var problem = await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{id}",
            new { name = "S", webhookUrl = $"http://127.0.0.1:{NotificationApiFactory.UnlistedPort}/services/T0" })).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("https", problem["errors"]!["webhookUrl"]![0]!.GetValue<string>());
        Assert.True((await TestAsync(owner, id))["delivered"]!.GetValue<bool>());
        Assert.Single(api.Slack.PostsTo(url));
    }

    [Fact]
    public async Task Changing_a_channel_validates_its_fields_against_its_type()
    {
        var owner = await api.SignupOwnerAsync();
        var slack = (await owner.Client.CreateSlackChannelAsync(api.Slack.NewHook())).IdOf();
        var email = (await owner.Client.CreateEmailChannelAsync(["a@example.com"])).IdOf();

        var slackProblem = await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{slack}", new { name = "S", recipients = new[] { "a@example.com" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        var emailProblem = await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{email}", new { name = "E", webhookUrl = "https://x.example/h" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        var typeProblem = await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{email}", new { name = "E", alertTypes = new[] { "nope" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(slackProblem["errors"]!["recipients"]);
        Assert.NotNull(emailProblem["errors"]!["webhookUrl"]);
        Assert.NotNull(typeProblem["errors"]!["alertTypes[0]"]);
    }

    [Fact]
    public async Task Members_read_channels_and_only_owners_and_admins_manage_them()
    {
        var owner = await api.SignupOwnerAsync();
        var admin = await api.AddMemberAsync(owner, "admin");
        var member = await api.AddMemberAsync(owner, "member");
        var id = (await admin.Client.CreateSlackChannelAsync(api.Slack.NewHook())).IdOf();

        Assert.Single((await member.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
        await (await member.Client.PostChannelAsync(new { type = "email", name = "M", recipients = new[] { "m@example.com" } }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PutAsJsonAsync($"/v1/notification-channels/{id}", new { name = "M" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync($"/v1/notification-channels/{id}/test", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.DeleteAsync($"/v1/notification-channels/{id}")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_test_endpoint_posts_text_and_blocks_to_the_Slack_webhook()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var id = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();

        var result = await TestAsync(owner, id);

        Assert.True(result["delivered"]!.GetValue<bool>(), result.ToJsonString());
        var post = Assert.Single(api.Slack.PostsTo(url)).Body;
        Assert.Contains("Test message from AIntops", post.Text("text"));
        var blocks = post["blocks"]!.AsArray();
        Assert.All(blocks, b => Assert.Equal("section", b!.Text("type")));
        Assert.Contains($"<{NotificationApiFactory.PublicUrl}/alerts|", blocks[^1]!["text"]!.Text("text"));
    }

    [Fact]
    public async Task The_test_endpoint_sends_an_email_to_every_recipient_through_SMTP()
    {
        var owner = await api.SignupOwnerAsync();
        string[] recipients = [ApiClient.UniqueEmail("ops"), ApiClient.UniqueEmail("finance")];
        var id = (await owner.Client.CreateEmailChannelAsync(recipients)).IdOf();

        var result = await TestAsync(owner, id);

        Assert.True(result["delivered"]!.GetValue<bool>(), result.ToJsonString());
        var mail = Assert.Single(api.Smtp.MailTo(recipients[0]));
        Assert.Equal(recipients, mail.To);
        Assert.Equal(NotificationApiFactory.Sender, mail.From);
        Assert.Equal("[AIntops] Info: Test message from AIntops", mail.Subject);
        Assert.Contains($"{NotificationApiFactory.PublicUrl}/alerts", mail.Body);
    }

    [Fact]
    public async Task The_test_endpoint_reports_Slack_refusing_the_webhook()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.CreateSlackChannelAsync(api.Slack.NewHook(SlackAnswer.Error("channel_not_found")))).IdOf();

        var result = await TestAsync(owner, id);

        Assert.Equal(["delivered", "error", "permanent"], result.Select(p => p.Key).Order());
        Assert.False(result["delivered"]!.GetValue<bool>());
        Assert.True(result["permanent"]!.GetValue<bool>());
        Assert.Equal("Slack refused the message (channel_not_found).", result.Text("error"));
    }

    private static async Task<JsonObject> TestAsync(SignedIn owner, Guid id)
    {
        var response = await owner.Client.PostAsync($"/v1/notification-channels/{id}/test", null);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
