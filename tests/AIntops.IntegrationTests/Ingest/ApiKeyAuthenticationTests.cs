using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

/// <summary>The X-API-Key scheme: its problems, and that a key and a member's access token never stand in for each other.</summary>
public sealed class ApiKeyAuthenticationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/v1/ingest")]
    [InlineData("/v1/ingest/batch")]
    [InlineData("/v1/budgets/status")]
    public async Task A_missing_or_unknown_key_is_refused_with_a_problem_that_says_which(string path)
    {
        var client = factory.CreateClient();
        var method = path == "/v1/budgets/status" ? HttpMethod.Get : HttpMethod.Post;

        var missing = await (await client.SendAsync(Request(method, path))).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await client.WithApiKey($"aik_{Guid.NewGuid():N}").SendAsync(Request(method, path))).ExpectProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("Unauthorized.", missing.Text("title"));
        Assert.Equal("Send your organization's API key in the X-API-Key header or as Authorization: Bearer <key>.", missing.Text("detail"));
        Assert.Equal("Unauthorized.", unknown.Text("title"));
        Assert.Equal("The API key is invalid or has been revoked.", unknown.Text("detail"));
    }

    [Fact]
    public async Task An_access_token_does_not_ingest_an_api_key_does_not_sign_in_and_a_key_may_come_as_a_bearer_token()
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync();

        await (await owner.PostAsJsonAsync("/v1/ingest", IngestApi.Event())).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.CreateClient().WithApiKey(key).GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await factory.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event());
        var bearerKey = factory.CreateClient();
        bearerKey.As(key);
        await bearerKey.IngestAsync(IngestApi.Event());
    }

    private static HttpRequestMessage Request(HttpMethod method, string path) =>
        new(method, path) { Content = method == HttpMethod.Post ? JsonContent.Create(IngestApi.Event()) : null };
}
