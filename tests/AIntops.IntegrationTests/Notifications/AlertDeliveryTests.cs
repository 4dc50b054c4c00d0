using System.Net;
using System.Net.Http.Json;
using AIntops.Api.Jobs;
using AIntops.Domain.Notifications;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>Raised alerts through the outbox to a real Slack receiver and a real SMTP server: dedupe, retries, Retry-After, permanent failures.</summary>
public sealed class AlertDeliveryTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task The_delivery_job_sends_a_raised_alert_to_Slack_and_by_email()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var slack = (await owner.Client.CreateSlackChannelAsync(url, ["anomaly"])).IdOf();
        var recipient = ApiClient.UniqueEmail("oncall");
        var email = (await owner.Client.CreateEmailChannelAsync([recipient], ["anomaly"])).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId, title: "Spend spike on gpt-4o <team a>");
        Assert.Equal(2, raised.Deliveries);
        Assert.All((await owner.Client.AlertAsync(raised.AlertId))["deliveries"]!.AsArray(), d => Assert.Equal("pending", d!.Text("state")));

        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(NotificationDeliveryJob.Key);

        await ProviderApi.EventuallyAsync(async () => (await owner.Client.AlertAsync(raised.AlertId))["deliveries"]!.AsArray().All(d => d!.Text("state") == "sent"),
            () => "The deliveries were not sent.");
        var post = Assert.Single(api.Slack.PostsTo(url)).Body;
        Assert.Equal("Warning: Spend spike on gpt-4o <team a>", post.Text("text"));
        Assert.Contains("*Spend spike on gpt-4o &lt;team a&gt;*", post["blocks"]![0]!["text"]!.Text("text"));
        var mail = Assert.Single(api.Smtp.MailTo(recipient));
        Assert.Equal([recipient], mail.To);
        Assert.Equal("[AIntops] Warning: Spend spike on gpt-4o <team a>", mail.Subject);
        Assert.Contains("4.2 standard deviations", mail.Body);
        foreach (var channel in new[] { slack, email })
        {
            var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
            Assert.Equal(1, delivery["attempts"]!.GetValue<int>());
            Assert.NotNull(delivery["sentAt"]?.GetValue<DateTime>());
            Assert.NotNull((await owner.Client.ChannelAsync(channel))["lastDeliveredAt"]?.GetValue<DateTime>());
        }
    }

    [Fact]
    public async Task Raising_the_same_dedupe_key_twice_is_one_alert_with_one_delivery_per_subscribed_channel()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var subscribed = (await owner.Client.CreateSlackChannelAsync(url, ["budget_warning"])).IdOf();
        await owner.Client.CreateSlackChannelAsync(api.Slack.NewHook(), ["anomaly"]);
        await owner.Client.CreateSlackChannelAsync(api.Slack.NewHook(), ["budget_warning"], enabled: false);

        var first = await api.RaiseAlertAsync(owner.OrganizationId, AlertTypes.BudgetWarning, "budget:b1:2026-12:80");
        var second = await api.RaiseAlertAsync(owner.OrganizationId, AlertTypes.BudgetWarning, "budget:b1:2026-12:80");
        await api.DeliverDueAsync();
        await api.DeliverDueAsync();

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.AlertId, second.AlertId);
        var alerts = (await owner.Client.GetJsonAsync("/v1/alerts"))["items"]!.AsArray();
        var alert = Assert.Single(alerts)!;
        Assert.Equal(subscribed, Assert.Single(alert["deliveries"]!.AsArray())!["channelId"]!.GetValue<Guid>());
        Assert.Single(api.Slack.PostsTo(url));
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_Retry_After()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook(SlackAnswer.RateLimited);
        var channel = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        var retryAfter = TimeSpan.FromSeconds(SlackAnswer.RateLimited.RetryAfterSeconds!.Value);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();

        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("retrying", delivery.Text("state"));
        Assert.Equal(429, delivery["lastStatusCode"]!.GetValue<int>());
        var expectedNext = api.Clock.GetUtcNow().UtcDateTime + retryAfter;
        Assert.True((delivery["nextAttemptAt"]!.GetValue<DateTime>() - expectedNext).Duration() < TimeSpan.FromMilliseconds(1), delivery.ToJsonString());

        api.Clock.Advance(retryAfter - TimeSpan.FromSeconds(1));
        await api.DeliverDueAsync();
        Assert.Single(api.Slack.PostsTo(url));

        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.DeliverDueAsync();
        Assert.Equal(2, api.Slack.PostsTo(url).Count);
        delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("sent", delivery.Text("state"));
        Assert.Equal(2, delivery["attempts"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("invalid_payload", 400, false)]
    [InlineData("action_prohibited", 403, true)]
    [InlineData("invalid_token", 403, true)]
    [InlineData("channel_not_found", 404, true)]
    [InlineData("no_service", 404, true)]
    [InlineData("channel_is_archived", 410, true)]
    public async Task A_Slack_refusal_fails_the_delivery_for_good_on_the_first_attempt_and_is_shown_on_the_channel(string error, int status,
        bool channelSwitchedOff)
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook(SlackAnswer.Error(error));
        var channel = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();
        api.Clock.Advance(TimeSpan.FromHours(3));
        await api.DeliverDueAsync();

        Assert.Single(api.Slack.PostsTo(url));
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("failed_permanent", delivery.Text("state"));
        Assert.Equal(status, delivery["lastStatusCode"]!.GetValue<int>());
        Assert.Contains(error, delivery.Text("lastError"));
        var attempt = Assert.Single(await api.AttemptsAsync(owner.OrganizationId, raised.AlertId, channel));
        Assert.Equal((status, DeliveryState.FailedPermanent), (attempt.StatusCode!.Value, attempt.Outcome));
        var shown = await owner.Client.ChannelAsync(channel);
        Assert.Contains(error, shown.Text("lastError"));
        Assert.Equal(channelSwitchedOff, shown["disabledByFailure"]!.GetValue<bool>());
        Assert.Equal(!channelSwitchedOff, shown["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_the_limit_then_failed_permanent_with_every_attempt_recorded()
    {
        var owner = await api.SignupOwnerAsync();
        var rollupError = SlackAnswer.Error("rollup_error");
        var url = api.Slack.NewHook(Enumerable.Repeat(rollupError, NotificationApiFactory.MaxAttempts + 1).ToArray());
        var channel = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        using var travel = api.Clock.TimeTravel();

        await api.DeliverDueAsync();
        Assert.Equal("retrying", (await owner.Client.DeliveryAsync(raised.AlertId, channel)).Text("state"));
        api.Clock.Advance(TimeSpan.FromSeconds(59));
        await api.DeliverDueAsync();
        Assert.Single(api.Slack.PostsTo(url));
        api.Clock.Advance(TimeSpan.FromSeconds(1));
        await api.DeliverDueAsync();
        Assert.Equal(2, api.Slack.PostsTo(url).Count);
        api.Clock.Advance(TimeSpan.FromMinutes(2));
        await api.DeliverDueAsync();
        api.Clock.Advance(TimeSpan.FromDays(1));
        await api.DeliverDueAsync();

        Assert.Equal(NotificationApiFactory.MaxAttempts, api.Slack.PostsTo(url).Count);
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("failed_permanent", delivery.Text("state"));
        Assert.Equal(NotificationApiFactory.MaxAttempts, delivery["attempts"]!.GetValue<int>());
        Assert.Contains($"Gave up after {NotificationApiFactory.MaxAttempts} attempts", delivery.Text("lastError"));
        var attempts = await api.AttemptsAsync(owner.OrganizationId, raised.AlertId, channel);
        Assert.Equal(Enumerable.Range(1, NotificationApiFactory.MaxAttempts), attempts.Select(a => a.Number));
        Assert.All(attempts, a => Assert.Equal(500, a.StatusCode));
        Assert.All(attempts, a => Assert.Contains("rollup_error", a.Error));
        Assert.Equal([DeliveryState.Retrying, DeliveryState.Retrying, DeliveryState.FailedPermanent], attempts.Select(a => a.Outcome));
        var shown = await owner.Client.ChannelAsync(channel);
        Assert.True(shown["enabled"]!.GetValue<bool>());
        Assert.Contains("rollup_error", shown.Text("lastError"));
    }

    [Fact]
    public async Task An_unreachable_webhook_is_retried_and_the_error_says_why()
    {
        var owner = await api.SignupOwnerAsync();
        var channel = (await owner.Client.CreateSlackChannelAsync($"http://127.0.0.1:{api.ClosedPort}/services/T0/B0/closed")).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);

        await api.DeliverDueAsync();

        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("retrying", delivery.Text("state"));
        Assert.Null(delivery["lastStatusCode"]?.GetValue<int>());
        Assert.Equal("Slack could not be reached.", delivery.Text("lastError"));
    }

    [Fact]
    public async Task A_recipient_the_SMTP_server_refuses_fails_the_email_delivery_for_good()
    {
        var owner = await api.SignupOwnerAsync();
        var channel = (await owner.Client.CreateEmailChannelAsync([$"reject-{Guid.NewGuid():N}@example.com"])).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);

        await api.DeliverDueAsync();

        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("failed_permanent", delivery.Text("state"));
        Assert.Equal(550, delivery["lastStatusCode"]!.GetValue<int>());
        Assert.True((await owner.Client.ChannelAsync(channel))["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_channel_switched_off_before_delivery_fails_its_pending_deliveries_visibly()
    {
        var owner = await api.SignupOwnerAsync();
        var url = api.Slack.NewHook();
        var channel = (await owner.Client.CreateSlackChannelAsync(url)).IdOf();
        var raised = await api.RaiseAlertAsync(owner.OrganizationId);
        await (await owner.Client.PutAsJsonAsync($"/v1/notification-channels/{channel}", new { name = "Off", enabled = false }))
            .ExpectAsync(HttpStatusCode.OK);

        await api.DeliverDueAsync();

        Assert.Empty(api.Slack.PostsTo(url));
        var delivery = await owner.Client.DeliveryAsync(raised.AlertId, channel);
        Assert.Equal("failed_permanent", delivery.Text("state"));
        Assert.Contains("switched off", delivery.Text("lastError"));
    }
}
