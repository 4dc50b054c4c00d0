using System.Net;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>A server without SMTP settings: no email channels, invitations as before (their link in the response only).</summary>
public sealed class EmailWithoutSmtpTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_email_channel_is_409_until_SMTP_is_configured()
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.PostChannelAsync(new { type = "email", name = "Ops", recipients = new[] { "ops@example.com" } }))
            .ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("SMTP", problem.Text("detail"));
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
    }

    [Fact]
    public async Task Invitations_still_answer_their_link()
    {
        var owner = await api.SignupOwnerAsync();

        var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("new"));

        Assert.Equal($"/accept-invitation#token={invitation.Token}", invitation.AcceptPath);
    }
}
