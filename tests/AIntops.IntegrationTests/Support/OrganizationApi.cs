using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AIntops.IntegrationTests.Support;

/// <summary>A signed-in user with a client of their own that carries their access token.</summary>
public sealed record SignedIn(HttpClient Client, Guid UserId, string Email, Guid OrganizationId, string OrganizationName, TokenPair Tokens);

public sealed record InvitationSent(Guid Id, string Email, string Role, DateTime ExpiresAt, string Token, string AcceptPath, string EmailDelivery);

/// <summary>Organizations, members and invitations as the tests use them.</summary>
public static class OrganizationApi
{
    /// <summary>Signs up a new account, which owns a new organization.</summary>
    public static async Task<SignedIn> SignupOwnerAsync(this ApiFactory factory, string? email = null, string? organizationName = null)
    {
        var client = factory.CreateClient();
        var account = await client.SignupAsync(email, organizationName);
        return await client.SignedInAsync(account.Tokens);
    }

    /// <summary>Invites a new account (with a unique email and name) as <paramref name="role"/> and accepts as it.</summary>
    public static async Task<SignedIn> AddMemberAsync(this ApiFactory factory, SignedIn inviter, string role = "member")
    {
        var invitation = await inviter.Client.InviteAsync(ApiClient.UniqueEmail(role), role);
        var client = factory.CreateClient();
        return await client.SignedInAsync(await client.AcceptInvitationAsync(invitation.Token, name: $"Invited {role} {Guid.NewGuid():N}"));
    }

    public static async Task<SignedIn> SignedInAsync(this HttpClient client, TokenPair tokens)
    {
        var me = await client.As(tokens.AccessToken).GetJsonAsync("/v1/me");
        return new SignedIn(client, me["user"]!["id"]!.GetValue<Guid>(), me["user"]!["email"]!.GetValue<string>(),
            me["organization"]!["id"]!.GetValue<Guid>(), me["organization"]!["name"]!.GetValue<string>(), tokens);
    }

    public static Task<HttpResponseMessage> PostInvitationAsync(this HttpClient client, string email, string role) =>
        client.PostAsJsonAsync("/v1/invitations", new { email, role });

    public static async Task<InvitationSent> InviteAsync(this HttpClient client, string email, string role = "member")
    {
        var response = await client.PostInvitationAsync(email, role);
        await response.ExpectAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InvitationSent>(ApiClient.Json))!;
    }

    public static Task<HttpResponseMessage> PostAcceptAsync(this HttpClient client, string token, string password = ApiClient.Password, string? name = null) =>
        client.PostAsJsonAsync("/v1/invitations/accept", new { token, password, name });

    public static Task<HttpResponseMessage> PostLookUpAsync(this HttpClient client, string token) =>
        client.PostAsJsonAsync("/v1/invitations/lookup", new { token });

    public static async Task<JsonNode> LookUpInvitationAsync(this HttpClient client, string token)
    {
        var response = await client.PostLookUpAsync(token);
        await response.ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static async Task<TokenPair> AcceptInvitationAsync(this HttpClient client, string token, string password = ApiClient.Password, string? name = null)
    {
        var response = await client.PostAcceptAsync(token, password, name);
        await response.ExpectAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TokenPair>(ApiClient.Json))!;
    }

    public static Task<HttpResponseMessage> ChangeRoleAsync(this HttpClient client, Guid userId, string role) =>
        client.PatchAsJsonAsync($"/v1/members/{userId}", new { role });

    public static Task<HttpResponseMessage> RemoveMemberAsync(this HttpClient client, Guid userId) =>
        client.DeleteAsync($"/v1/members/{userId}");

    /// <summary>The roles of the caller's organization by user id.</summary>
    public static async Task<Dictionary<Guid, string>> RolesAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/v1/members")).AsArray()
            .ToDictionary(m => m!["userId"]!.GetValue<Guid>(), m => m!["role"]!.GetValue<string>());

    public static string Text(this JsonNode node, string property) => node[property]!.GetValue<string>();
}
