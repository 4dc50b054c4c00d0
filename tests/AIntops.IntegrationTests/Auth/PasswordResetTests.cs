using System.Net;
using System.Text.RegularExpressions;
using AIntops.Application.Common.Security;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Auth;

/// <summary>Password reset by an emailed single-use link, read from a real SMTP server on loopback.</summary>
public sealed partial class PasswordResetTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    private const string NewPassword = "a new password after reset";
    private readonly HttpClient _client = api.CreateClientWithoutCookies();

    [Fact]
    public async Task The_answer_is_identical_for_an_unknown_email_and_only_the_account_gets_a_link()
    {
        var account = await _client.SignupAsync();
        var unknown = ApiClient.UniqueEmail("nobody");

        var forUnknown = await _client.RequestPasswordResetAsync(unknown);
        var forAccount = await _client.RequestPasswordResetAsync(account.Email);

        await forUnknown.ExpectAsync(HttpStatusCode.Accepted);
        await forAccount.ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal(await forAccount.Content.ReadAsStringAsync(), await forUnknown.Content.ReadAsStringAsync());
        Assert.Equal(forAccount.Content.Headers.ContentType, forUnknown.Content.Headers.ContentType);
        await MailsToAsync(account.Email, 1); // sent in order, so the unknown email's would have come first
        Assert.Empty(api.Smtp.MailTo(unknown));
        Assert.Equal(1, await api.WithDbAsync(db => db.PasswordResetTokens.CountAsync(t => db.Users.Any(u => u.Id == t.UserId && u.Email == account.Email))));
    }

    [Fact]
    public async Task The_emailed_link_sets_the_new_password_once_and_ends_every_session()
    {
        var (account, login) = await _client.SignupAndLoginAsync();
        var token = await RequestLinkAsync(account.Email);
        Assert.False(await api.WithDbAsync(db => db.PasswordResetTokens.AnyAsync(t => t.TokenHash == token)));
        Assert.True(await api.WithDbAsync(db => db.PasswordResetTokens.AnyAsync(t => t.TokenHash == OpaqueTokens.Hash(token))));

        await (await _client.ResetPasswordAsync(token, NewPassword)).ExpectAsync(HttpStatusCode.NoContent);

        foreach (var session in new[] { account.Tokens, login })
        {
            await (await api.CreateClientWithoutCookies().As(session.AccessToken).GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
            await _client.ExpectRefreshRejectedAsync(session.RefreshToken);
        }
        await (await _client.TryLoginAsync(account.Email, account.Password)).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.LoginAsync(account.Email, NewPassword);

        var again = await _client.ResetPasswordAsync(token, "the attacker's password");
        Assert.NotNull((await again.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["token"]);
        await (await _client.TryLoginAsync(account.Email, "the attacker's password")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await _client.LoginAsync(account.Email, NewPassword);
    }

    [Fact]
    public async Task Concurrent_resets_with_one_link_set_exactly_one_password()
    {
        var account = await _client.SignupAsync();
        var token = await RequestLinkAsync(account.Email);
        var passwords = Enumerable.Range(0, 5).Select(i => $"concurrent password {i}").ToList();

        var responses = await Task.WhenAll(passwords.Select(p => api.CreateClientWithoutCookies().ResetPasswordAsync(token, p)));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(r => r != winner), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var winning = passwords[Array.IndexOf(responses, winner)];
        await _client.LoginAsync(account.Email, winning);
        foreach (var loser in passwords.Where(p => p != winning))
            await (await _client.TryLoginAsync(account.Email, loser)).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        var (account, login) = await _client.SignupAndLoginAsync();
        var token = await RequestLinkAsync(account.Email);

        using (api.Clock.TimeTravel())
        {
            api.Clock.Advance(TimeSpan.FromMinutes(api.AuthOptions().PasswordResetMinutes) + TimeSpan.FromSeconds(1));
            var response = await _client.ResetPasswordAsync(token, NewPassword);
            Assert.NotNull((await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["token"]);
        }

        await _client.LoginAsync(account.Email, account.Password);
        await api.CreateClientWithoutCookies().As(login.AccessToken).GetJsonAsync("/v1/me");
    }

    [Fact]
    public async Task A_new_password_breaking_the_signup_rules_is_400_and_leaves_the_link_usable()
    {
        var account = await _client.SignupAsync();
        var token = await RequestLinkAsync(account.Email);

        var weak = await _client.ResetPasswordAsync(token, "short");

        Assert.NotNull((await weak.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["newPassword"]);
        await _client.LoginAsync(account.Email, account.Password);
        await (await _client.ResetPasswordAsync(token, NewPassword)).ExpectAsync(HttpStatusCode.NoContent);
        await _client.LoginAsync(account.Email, NewPassword);
    }

    [Fact]
    public async Task An_unknown_token_is_400_and_a_malformed_email_is_400()
    {
        var unknown = await _client.ResetPasswordAsync(OpaqueTokens.Create(), NewPassword);
        Assert.NotNull((await unknown.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["token"]);

        var malformed = await _client.RequestPasswordResetAsync("not-an-email");
        Assert.NotNull((await malformed.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["email"]);
    }

    [Fact]
    public async Task Reset_emails_per_account_are_limited_and_the_answer_stays_the_same()
    {
        var account = await _client.SignupAsync();
        var limit = api.AuthOptions().PasswordResetEmailsPerHour;
        var answers = new List<string>();

        for (var i = 0; i <= limit; i++)
        {
            var response = await _client.RequestPasswordResetAsync(account.Email);
            await response.ExpectAsync(HttpStatusCode.Accepted);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(answers.Distinct());
        var barrier = await _client.SignupAsync();
        await RequestLinkAsync(barrier.Email);
        Assert.Equal(limit, api.Smtp.MailTo(account.Email).Count);
    }

    [Fact]
    public async Task Neither_the_token_nor_the_link_is_ever_logged_also_when_the_email_bounces()
    {
        api.Logs.Enabled = true;
        var account = await _client.SignupAsync();
        var bouncing = await _client.SignupAsync(ApiClient.UniqueEmail("reject"));
        var token = await RequestLinkAsync(account.Email);
        await (await _client.RequestPasswordResetAsync(bouncing.Email)).ExpectAsync(HttpStatusCode.Accepted);
        await (await _client.ResetPasswordAsync(token, NewPassword)).ExpectAsync(HttpStatusCode.NoContent);

        await ProviderApi.EventuallyAsync(() => Task.FromResult(api.Logs.Lines.Any(l => l.Contains(bouncing.Email) && l.Contains("was not sent"))),
            () => "The bounced reset email was not logged.");
        Assert.Contains(api.Logs.Lines, l => l.Contains("/v1/auth/reset-password"));
        Assert.DoesNotContain(api.Logs.Lines, l => l.Contains(token) || l.Contains("#token="));
    }

    /// <summary>Requests a reset and returns the token of the link in the email.</summary>
    private async Task<string> RequestLinkAsync(string email)
    {
        var before = api.Smtp.MailTo(email).Count;
        await (await _client.RequestPasswordResetAsync(email)).ExpectAsync(HttpStatusCode.Accepted);
        var mail = (await MailsToAsync(email, before + 1)).Last();
        Assert.Equal("Reset your AIntops password", mail.Subject);
        var link = LinkPattern().Match(mail.Body);
        Assert.True(link.Success, $"No reset link in: {mail.Body}");
        return link.Groups[1].Value;
    }

    private async Task<IReadOnlyList<ReceivedMail>> MailsToAsync(string email, int count)
    {
        await ProviderApi.EventuallyAsync(() => Task.FromResult(api.Smtp.MailTo(email).Count >= count), () => $"No reset email reached {email}.");
        return api.Smtp.MailTo(email);
    }

    [GeneratedRegex($@"{NotificationApiFactory.PublicUrl}/reset-password#token=([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
