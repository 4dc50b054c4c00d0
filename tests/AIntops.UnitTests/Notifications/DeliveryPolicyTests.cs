using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications;
using AIntops.Application.Notifications.Delivery;
using AIntops.Infrastructure.Notifications;

namespace AIntops.UnitTests.Notifications;

/// <summary>Which Slack answers are retried and when, and which webhook URLs are accepted (docs/adr/0011-notification-outbox.md).</summary>
public sealed class DeliveryPolicyTests
{
    private static readonly NotificationDeliveryOptions Options = new();
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(400, "invalid_payload", false)]
    [InlineData(400, "no_text", false)]
    [InlineData(400, "user_not_found", true)]
    [InlineData(403, "action_prohibited", true)]
    [InlineData(403, "invalid_token", true)]
    [InlineData(404, "channel_not_found", true)]
    [InlineData(404, "no_active_hooks", true)]
    [InlineData(410, "channel_is_archived", true)]
    public void Slack_refusals_are_permanent_and_say_whether_the_webhook_is_gone(int status, string body, bool gone)
    {
        var outcome = SlackWebhookClient.Classify(status, body, null);

        Assert.False(outcome.Delivered);
        Assert.True(outcome.Permanent);
        Assert.Equal(gone, outcome.DestinationGone);
        Assert.Contains(body, outcome.Error);
        Assert.Null(RetrySchedule.NextAttempt(outcome, 1, Now, Options));
    }

    [Theory]
    [InlineData(500, "rollup_error")]
    [InlineData(503, "")]
    [InlineData(408, "")]
    public void Server_errors_are_retried_with_doubling_waits_up_to_the_limit(int status, string body)
    {
        var outcome = SlackWebhookClient.Classify(status, body, null);

        Assert.False(outcome.Permanent);
        Assert.Equal(Now.AddMinutes(1), RetrySchedule.NextAttempt(outcome, 1, Now, Options));
        Assert.Equal(Now.AddMinutes(4), RetrySchedule.NextAttempt(outcome, 3, Now, Options));
        Assert.Equal(Now + Options.MaxRetryDelay, RetrySchedule.NextAttempt(outcome, 7, Now, Options));
        Assert.Null(RetrySchedule.NextAttempt(outcome, Options.MaxAttempts, Now, Options));
    }

    [Fact]
    public void A_429_waits_exactly_as_long_as_Retry_After_asks()
    {
        var outcome = SlackWebhookClient.Classify(429, "", TimeSpan.FromSeconds(30));

        Assert.Equal(Now.AddSeconds(30), RetrySchedule.NextAttempt(outcome, 5, Now, Options));
        Assert.Equal(Now + Options.MaxRetryDelay, RetrySchedule.NextAttempt(outcome with { RetryAfter = TimeSpan.FromDays(1) }, 1, Now, Options));
    }

    [Fact]
    public void Success_is_final() => Assert.Null(RetrySchedule.NextAttempt(SendOutcome.Ok(200), 1, Now, Options));

    [Theory]
    [InlineData("https://hooks.slack.com/services/T00/B00/XXXX", true)]
    [InlineData("http://127.0.0.1:9000/services/T00", true)]
    [InlineData("http://localhost/hook", true)]
    [InlineData("http://[::1]:8080/hook", true)]
    [InlineData("http://hooks.slack.com/services/T00/B00/XXXX", false)]
    [InlineData("http://10.0.0.5/hook", false)]
    [InlineData("https://user:secret@hooks.slack.com/services/T00", false)]
    [InlineData("ftp://127.0.0.1/hook", false)]
    [InlineData("hooks.slack.com/services/T00", false)]
    public void Webhook_urls_must_be_https_or_plain_http_to_a_loopback_host(string url, bool allowed) =>
        Assert.Equal(allowed, WebhookUrls.IsAllowed(url));

    [Fact]
    public void A_masked_webhook_keeps_its_host_and_last_characters_only() =>
        Assert.Equal("https://hooks.slack.com/…Wxyz", WebhookUrls.Mask("https://hooks.slack.com/services/T0001/B0002/abcdefghijkLmnopWxyz"));
}
