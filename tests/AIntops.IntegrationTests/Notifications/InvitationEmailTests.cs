using System.Net;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>With SMTP configured, an invitation is also emailed, with the accept link on the app's public address.</summary>
public sealed class InvitationEmailTests(NotificationApiFactory api) : IClassFixture<NotificationApiFactory>
{
    [Fact]
    public async Task The_invitee_receives_the_accept_link_by_email_and_the_response_says_it_was_sent()
    {
        var owner = await api.SignupOwnerAsync();
        var email = ApiClient.UniqueEmail("invitee");

        var response = await owner.Client.PostInvitationAsync(email, "admin");

        await response.ExpectAsync(HttpStatusCode.Created);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["id", "email", "role", "expiresAt", "token", "acceptPath", "emailDelivery"], body.Select(p => p.Key));
        Assert.Equal("sent", body.Text("emailDelivery"));
        var mail = Assert.Single(api.Smtp.MailTo(email));
        Assert.Equal([email], mail.To);
        Assert.Equal($"You are invited to {owner.OrganizationName} on AIntops", mail.Subject);
        Assert.Contains($"{NotificationApiFactory.PublicUrl}/accept-invitation#token={body.Text("token")}", mail.Body);
        Assert.Contains("as admin", mail.Body);

        await api.CreateClient().AcceptInvitationAsync(body.Text("token"), name: "Invitee");
    }
}
