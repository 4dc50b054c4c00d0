using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AIntops.Application.Common.Security;
using AIntops.Domain.Providers;
using AIntops.Infrastructure.Security;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Operations;

/// <summary>The rotation procedures of docs/operations.md, run as an operator would: restart with new keys on the same database.</summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task Tokens_signed_with_a_previous_JWT_key_work_while_it_is_listed_and_fail_once_it_is_removed()
    {
        var oldKey = NewJwtKey();
        var newKey = NewJwtKey();
        await using var deployment = new RedeployedApi();

        var before = deployment.Start(new Dictionary<string, string?> { ["Auth:JwtSigningKey"] = oldKey });
        using var beforeClient = before.CreateClientWithoutCookies();
        var (account, secondSession) = await beforeClient.SignupAndLoginAsync();
        var oldAccess = account.Tokens.AccessToken;
        await ExpectMeAsync(beforeClient, oldAccess, HttpStatusCode.OK);

        var during = deployment.Start(new Dictionary<string, string?> { ["Auth:JwtSigningKey"] = newKey, ["Auth:JwtPreviousSigningKeys"] = oldKey });
        using var duringClient = during.CreateClientWithoutCookies();
        await ExpectMeAsync(duringClient, oldAccess, HttpStatusCode.OK);
        var renewed = await duringClient.RefreshOkAsync(account.Tokens.RefreshToken);
        await ExpectMeAsync(duringClient, renewed.AccessToken, HttpStatusCode.OK);

        var after = deployment.Start(new Dictionary<string, string?> { ["Auth:JwtSigningKey"] = newKey });
        using var afterClient = after.CreateClientWithoutCookies();
        await ExpectMeAsync(afterClient, oldAccess, HttpStatusCode.Unauthorized);
        await afterClient.ExpectRefreshRejectedAsync(secondSession.RefreshToken);
        await ExpectMeAsync(afterClient, renewed.AccessToken, HttpStatusCode.OK);
        await afterClient.RefreshOkAsync(renewed.RefreshToken);
    }

    [Fact]
    public async Task Secrets_under_the_old_Fernet_key_are_re_encrypted_at_start_and_then_open_with_the_new_key_alone()
    {
        var oldKey = FernetKey.Generate();
        var newKey = FernetKey.Generate();
        const string adminKey = "sk-admin-ROTATION-TEST-0001";
        await using var slack = new SlackReceiver(TimeProvider.System);
        await slack.StartAsync();
        var webhook = slack.NewHook();
        await using var deployment = new RedeployedApi();
        Dictionary<string, string?> Settings(string fernetKeys) => new() { ["AINTOPS_FERNET_KEYS"] = fernetKeys, ["Outbound:AllowedPrivateHosts"] = slack.Authority };

        var before = deployment.Start(Settings(oldKey.ToBase64Url()));
        using var client = before.CreateClientWithoutCookies();
        var account = await client.SignupAsync();
        client.As(account.Tokens.AccessToken);
        var channelId = (await client.CreateSlackChannelAsync(webhook))["id"]!.GetValue<Guid>();
        var signedHook = slack.NewHook();
        var signed = await client.CreateWebhookChannelAsync(signedHook);
        var signingSecret = signed.Text("signingSecret");
        var organizationId = await before.WithDbAsync(db => db.NotificationChannels.IgnoreQueryFilters()
            .Where(c => c.Id == channelId).Select(c => c.OrganizationId).SingleAsync());
        var connectionId = await before.WithDbAsync(async db =>
        {
            var protector = before.Services.GetRequiredService<ISecretProtector>();
            var connection = new ProviderConnection(organizationId, "openai", "OpenAI", "http://127.0.0.1:1/v1", protector.Protect(adminKey),
                adminKey[^4..], Guid.NewGuid(), DateTime.UtcNow);
            db.ProviderConnections.Add(connection);
            await db.SaveChangesAsync();
            return connection.Id;
        }, organizationId);
        var (oldCredential, oldWebhook) = await StoredTokensAsync(before, connectionId, channelId);
        Assert.Equal(adminKey, Decrypt(oldKey, oldCredential));
        Assert.Equal(webhook, Decrypt(oldKey, oldWebhook));

        var during = deployment.Start(Settings($"{newKey.ToBase64Url()},{oldKey.ToBase64Url()}"));
        Assert.Equal(adminKey, during.Services.GetRequiredService<ISecretProtector>().Unprotect(oldCredential));
        var (credential, webhookToken) = await StoredTokensAsync(during, connectionId, channelId);
        Assert.Equal(adminKey, Decrypt(newKey, credential));
        Assert.Equal(webhook, Decrypt(newKey, webhookToken));
        Assert.Throws<InvalidFernetTokenException>(() => Decrypt(oldKey, credential));
        Assert.Equal(signingSecret, Decrypt(newKey, (await during.WithDbAsync(db => db.NotificationChannels.IgnoreQueryFilters()
            .Where(c => c.Id == signed.IdOf()).Select(c => c.SigningSecretToken).SingleAsync()))!));
        await using (var scope = during.Services.CreateAsyncScope())
            Assert.Equal(new SecretRotationResult(0, 0), await scope.ServiceProvider.GetRequiredService<StoredSecretRotation>().RotateAsync(default));

        var after = deployment.Start(Settings(newKey.ToBase64Url()));
        Assert.Equal(adminKey, after.Services.GetRequiredService<ISecretProtector>().Unprotect(credential));
        Assert.Throws<InvalidFernetTokenException>(() => after.Services.GetRequiredService<ISecretProtector>().Unprotect(oldCredential));
        using var afterClient = after.CreateClientWithoutCookies().As(account.Tokens.AccessToken);
        var test = await afterClient.PostAsync($"/v1/notification-channels/{channelId}/test", null);
        await test.ExpectAsync(HttpStatusCode.OK);
        Assert.Single(slack.PostsTo(webhook));
        Assert.True((await afterClient.TestChannelAsync(signed.IdOf()))["delivered"]!.GetValue<bool>());
        Assert.Single(slack.PostsTo(signedHook));
    }

    [Fact]
    public async Task A_secret_no_configured_key_opens_is_counted_and_left_as_it_is()
    {
        var lostKey = FernetKey.Generate();
        var currentKey = FernetKey.Generate();
        await using var deployment = new RedeployedApi();
        var api = deployment.Start(new Dictionary<string, string?> { ["AINTOPS_FERNET_KEYS"] = currentKey.ToBase64Url() });
        using var client = api.CreateClientWithoutCookies();
        var account = await client.SignupAsync();
        var organizationId = await api.WithDbAsync(db => db.Memberships.IgnoreQueryFilters()
            .Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == account.Email)).Select(m => m.OrganizationId).SingleAsync());
        var unreadable = Fernet.Encrypt(lostKey, "sk-admin-LOST"u8, DateTimeOffset.UtcNow);
        await api.WithDbAsync(async db =>
        {
            db.ProviderConnections.Add(new ProviderConnection(organizationId, "openai", "OpenAI", "http://127.0.0.1:1/v1", unreadable, "LOST",
                Guid.NewGuid(), DateTime.UtcNow));
            return await db.SaveChangesAsync();
        }, organizationId);

        await using var scope = api.Services.CreateAsyncScope();
        Assert.Equal(new SecretRotationResult(0, 1), await scope.ServiceProvider.GetRequiredService<StoredSecretRotation>().RotateAsync(default));
        Assert.Equal(unreadable, await api.WithDbAsync(db => db.ProviderConnections.IgnoreQueryFilters().Select(c => c.CredentialToken).SingleAsync()));
    }

    private static string NewJwtKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    private static string Decrypt(FernetKey key, string token) =>
        System.Text.Encoding.UTF8.GetString(Fernet.Decrypt([key], token, DateTimeOffset.UtcNow));

    private static async Task ExpectMeAsync(HttpClient client, string accessToken, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
        request.Headers.Authorization = new("Bearer", accessToken);
        await (await client.SendAsync(request)).ExpectAsync(expected);
    }

    private static Task<(string Credential, string Webhook)> StoredTokensAsync(ApiFactory api, Guid connectionId, Guid channelId) =>
        api.WithDbAsync(async db => (
            await db.ProviderConnections.IgnoreQueryFilters().Where(c => c.Id == connectionId).Select(c => c.CredentialToken).SingleAsync(),
            (await db.NotificationChannels.IgnoreQueryFilters().Where(c => c.Id == channelId).Select(c => c.WebhookUrlToken).SingleAsync())!));
}
