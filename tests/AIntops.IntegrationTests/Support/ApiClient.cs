using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AIntops.IntegrationTests.Support;

public sealed record TokenPair(string AccessToken, int ExpiresIn, string RefreshToken, string TokenType);

public sealed record Account(string Email, string Password, string OrganizationName, TokenPair Tokens);

/// <summary>Small helpers over HttpClient so tests read as the API's story.</summary>
public static class ApiClient
{
    public const string Password = "correct horse battery";

    public static string UniqueEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";

    public static async Task<Account> SignupAsync(this HttpClient client, string? email = null, string? organizationName = null)
    {
        email ??= UniqueEmail();
        organizationName ??= $"Org {Guid.NewGuid():N}"[..12];
        var response = await client.PostAsJsonAsync("/v1/auth/signup", new { email, password = Password, name = "Test User", organizationName });
        await response.ExpectAsync(HttpStatusCode.Created);
        return new Account(email, Password, organizationName, (await response.Content.ReadFromJsonAsync<TokenPair>())!);
    }

    public static async Task<TokenPair> LoginAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/v1/auth/login", new { email, password });
        await response.ExpectAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }

    public static HttpClient As(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        await response.ExpectAsync(expected);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Asserts the status code, showing the body when it differs.</summary>
    public static async Task ExpectAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"Expected {(int)expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts an RFC 9457 problem response and returns it.</summary>
    public static async Task<JsonObject> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ExpectAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
