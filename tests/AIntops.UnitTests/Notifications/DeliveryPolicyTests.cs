using AIntops.Application.Common.Messaging;
using AIntops.Application.Notifications;
using AIntops.Application.Notifications.Delivery;
using AIntops.Infrastructure.Notifications;

namespace AIntops.UnitTests.Notifications;

/// <summary>Which Slack and webhook answers are retried and when, and what a failure says (docs/adr/0011-notification-outbox.md, docs/webhooks.md).</summary>
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

    [Theory]
    [InlineData(200, true, false, false)]
    [InlineData(204, true, false, false)]
    [InlineData(301, false, true, false)]
    [InlineData(400, false, true, false)]
    [InlineData(401, false, true, false)]
    [InlineData(404, false, true, false)]
    [InlineData(408, false, false, false)]
    [InlineData(410, false, true, true)]
    [InlineData(429, false, false, false)]
    [InlineData(500, false, false, false)]
    [InlineData(503, false, false, false)]
    public void Webhook_answers_are_delivered_retried_or_refused_and_only_410_switches_the_channel_off(int status, bool delivered, bool permanent,
        bool gone)
    {
        var outcome = SignedWebhookClient.Classify(status, null);

        Assert.Equal((delivered, permanent, gone, status), (outcome.Delivered, outcome.Permanent, outcome.DestinationGone, outcome.StatusCode!.Value));
        Assert.Equal(delivered || permanent, RetrySchedule.NextAttempt(outcome, 1, Now, Options) is null);
    }

    [Fact]
    public void A_webhook_signature_is_the_hex_HMAC_SHA256_of_the_timestamp_a_dot_and_the_body()
    {
        // HMAC-SHA256(key "whsec_test", "1796572800.{}"), computed independently with: printf '1796572800.{}' | openssl dgst -sha256 -hmac whsec_test
        Assert.Equal("7269cbc1cc3d846657e187bdab57a94d9ab7f8a4b21c7b49c1c4bc1563c1719f", SignedWebhookClient.Sign("whsec_test", "1796572800", "{}"u8.ToArray()));
    }

    [Fact]
    public void Success_is_final() => Assert.Null(RetrySchedule.NextAttempt(SendOutcome.Ok(200), 1, Now, Options));

    [Theory]
    [InlineData(400, "Cannot POST /internal/admin")]
    [InlineData(500, "{\"db_password\":\"hunter2\"}")]
    [InlineData(404, "<html>nginx 1.25 on 10.0.0.7</html>")]
    public void Only_Slack_documented_error_codes_are_repeated_never_another_body(int status, string body)
    {
        var outcome = SlackWebhookClient.Classify(status, body, null);

        Assert.False(outcome.Delivered);
        Assert.DoesNotContain(body, outcome.Error);
        Assert.DoesNotContain(status.ToString(), outcome.Error);
    }

    [Fact]
    public void A_masked_webhook_keeps_its_host_and_last_characters_only() =>
        Assert.Equal("https://hooks.slack.com/…Wxyz", WebhookUrls.Mask("https://hooks.slack.com/services/T0001/B0002/abcdefghijkLmnopWxyz"));
}
