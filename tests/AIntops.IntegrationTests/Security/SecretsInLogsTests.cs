extern alias MockProviders;
using System.Net;
using AIntops.IntegrationTests.Support;
using MockProviders::AIntops.MockProviders;

namespace AIntops.IntegrationTests.Security;

/// <summary>The log, captured at every level, never holds a credential, an accept link, a webhook URL or a signing secret that passed through the host.</summary>
public sealed class SecretsInLogsTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task Inviting_someone_and_testing_Slack_and_webhook_channels_log_neither_the_link_nor_the_webhooks_nor_the_signing_secret()
    {
        api.Logs.Enabled = true;
        var owner = await api.SignupOwnerAsync();
        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("invited"));
        var webhook = api.Slack.NewHook(SlackAnswer.Ok);
        var channel = await owner.Client.CreateSlackChannelAsync(webhook);
        await (await owner.Client.PostAsync($"/v1/notification-channels/{channel["id"]}/test", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Single(api.Slack.PostsTo(webhook));
        var signedHook = api.Slack.NewHook(new SlackAnswer(500, ""));
        var signed = await owner.Client.CreateWebhookChannelAsync(signedHook);
        await owner.Client.TestChannelAsync(signed.IdOf());
        await api.RaiseAlertAsync(owner.OrganizationId);
        await api.DeliverDueAsync();
        api.Logs.Enabled = false;

        Assert.Equal(2, api.Slack.PostsTo(webhook).Count);
        SecretsInLogs.AssertAbsent(api.Logs, new()
        {
            ["invitation token"] = invitation.Token,
            ["webhook path"] = new Uri(webhook).AbsolutePath,
            ["signed webhook path"] = new Uri(signedHook).AbsolutePath,
            ["signing secret"] = signed.Text("signingSecret"),
            ["access token"] = owner.Tokens.AccessToken,
            ["refresh token"] = owner.Tokens.RefreshToken,
        });
    }
}

public sealed class ProviderKeyInLogsTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private const string RefusedKey = "sk-ant-admin01-REFUSED-BY-THE-MOCK-0987654321";

    [Fact]
    public async Task Connecting_a_provider_and_syncing_it_never_logs_the_admin_key()
    {
        api.Logs.Enabled = true;
        var owner = await api.SignupOwnerAsync();
        var connection = await owner.Client.ConnectOkAsync(api, "openai");
        await owner.Client.WaitForSyncAsync(connection.IdOf());
        await (await owner.Client.ConnectAsync("anthropic", RefusedKey, api.AnthropicBaseUrl)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        api.Logs.Enabled = false;

        SecretsInLogs.AssertAbsent(api.Logs, new()
        {
            ["OpenAI admin key"] = MockKeys.OpenAi,
            ["refused Anthropic key"] = RefusedKey,
            ["access token"] = owner.Tokens.AccessToken,
        });
    }
}

internal static class SecretsInLogs
{
    public static void AssertAbsent(LogCapture logs, Dictionary<string, string> secrets)
    {
        Assert.True(logs.Lines.Count > 20, $"only {logs.Lines.Count} log lines were captured: the capture is not working");
        var leaks = secrets.SelectMany(secret => logs.Lines.Where(line => line.Contains(secret.Value, StringComparison.Ordinal))
            .Select(line => $"{secret.Key}: {line}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
