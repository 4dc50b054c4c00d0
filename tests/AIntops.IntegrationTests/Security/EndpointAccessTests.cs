using System.Net;
using System.Net.Http.Json;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Security;

/// <summary>Access is declared per endpoint; an endpoint that declares nothing needs a signed-in user.</summary>
public sealed class EndpointAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Everything anyone may call without a token or an API key. A new entry here is a decision, not a formality.</summary>
    private static readonly string[] AnonymousEndpoints =
    [
        "* /health",
        "* /health/live",
        "* /health/ready",
        "* /metrics",
        "* /v1/{**path}",
        "GET /v1/auth/settings",
        "GET /v1/invitations/{token}",
        "POST /v1/auth/forgot-password",
        "POST /v1/auth/login",
        "POST /v1/auth/logout",
        "POST /v1/auth/refresh",
        "POST /v1/auth/reset-password",
        "POST /v1/auth/signup",
        "POST /v1/invitations/{token}/accept",
        "POST /v1/invitations/accept",
        "POST /v1/invitations/lookup",
        SpaFallback,
    ];

    /// <summary>index.html for the SPA's own routes, mapped only when a built SPA is there to serve.</summary>
    private const string SpaFallback = "GET,HEAD {*path:nonfile}";

    [Fact]
    public void Only_the_listed_endpoints_are_anonymous()
    {
        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || !DeclaresAccess(e)).Select(Describe).Order().ToList();

        Assert.Equal(AnonymousEndpoints.Where(e => e != SpaFallback || anonymous.Contains(SpaFallback)).Order(), anonymous);
    }

    [Fact]
    public async Task Every_endpoint_declares_its_access_and_the_fallback_policy_denies_the_ones_that_forget()
    {
        var fallback = await factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
        Assert.All(Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null),
            e => Assert.True(DeclaresAccess(e), $"{Describe(e)} declares neither a policy nor AllowAnonymous"));
    }

    [Fact]
    public async Task Every_endpoint_that_is_not_anonymous_refuses_a_request_without_credentials()
    {
        var client = factory.CreateClient();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            using var request = new HttpRequestMessage(new HttpMethod(method), SamplePath(endpoint.RoutePattern)) { Content = JsonContent.Create(new { }) };
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{Describe(endpoint)} answered {(int)response.StatusCode} without credentials");
        }
    }

    [Fact]
    public async Task The_api_description_and_unknown_paths_answer_without_sign_in()
    {
        var client = factory.CreateClient();

        await (await client.GetAsync("/swagger/index.html")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/swagger/v1/swagger.json")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/health/live")).ExpectAsync(HttpStatusCode.OK);
        var health = await client.GetAsync("/health");
        Assert.Equal((HttpStatusCode.OK, "text/plain", "Healthy"), (health.StatusCode, health.Content.Headers.ContentType?.MediaType, await health.Content.ReadAsStringAsync()));
        await (await client.GetAsync("/v1/no-such-thing")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/no-such-page.js")).ExpectAsync(HttpStatusCode.NotFound);
    }

    private IEnumerable<RouteEndpoint> Endpoints() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool DeclaresAccess(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null;

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(',', endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}";

    private static string SamplePath(RoutePattern pattern) => RoutePatterns.PathOf(pattern, _ => Guid.NewGuid().ToString());
}
