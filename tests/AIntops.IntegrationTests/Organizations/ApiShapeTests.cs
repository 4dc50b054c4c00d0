using AIntops.Api.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Organizations;

public sealed class ApiShapeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Document_declares_bearer_and_api_key_security_schemes()
    {
        var schemes = (await factory.CreateClient().GetOpenApiAsync())["components"]!["securitySchemes"]!;

        Assert.Equal("http", schemes["Bearer"]!.Text("type"));
        Assert.Equal("bearer", schemes["Bearer"]!.Text("scheme"));
        Assert.Equal("apiKey", schemes["ApiKey"]!.Text("type"));
        Assert.Equal("header", schemes["ApiKey"]!.Text("in"));
        Assert.Equal("X-API-Key", schemes["ApiKey"]!.Text("name"));
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_success_response_and_problem_responses()
    {
        var document = await factory.CreateClient().GetOpenApiAsync();
        var operations = document.Operations().ToList();
        Assert.NotEmpty(operations);

        foreach (var operation in operations)
        {
            var op = operation.Operation;
            var responses = op["responses"]!.AsObject();
            Assert.False(string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>()), $"{operation} has no summary");
            Assert.True(responses.Any(r => r.Key == "204" || (r.Key.StartsWith('2') && (HasSchema(r.Value, "application/json") || HasSchema(r.Value, "text/csv") || HasSchema(r.Value, "application/zip")))),
                $"{operation} documents no 2xx response with a schema (or 204)");
            var problems = responses.Where(r => int.Parse(r.Key) >= 400).ToList();
            Assert.Contains(problems, r => r.Key == "500");
            Assert.All(problems, r => Assert.True(HasSchema(r.Value, "application/problem+json"), $"{operation} {r.Key} is not a documented problem"));
        }
    }

    [Fact]
    public async Task Exactly_the_authorized_endpoints_carry_the_bearer_requirement()
    {
        var authorized = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.Metadata.GetMetadata<IAuthorizeData>() is not null || TakesBearerOrApiKey(e)) && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Select(m => $"{m} {PathOf(e.RoutePattern)}") ?? [])
            .Order().ToList();

        var declared = (await factory.CreateClient().GetOpenApiAsync()).Operations()
            .Where(o => o.Operation["security"]?.AsArray().Any(r => r!["Bearer"] is not null) == true)
            .Select(o => o.Endpoint).Order().ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(authorized, declared);
    }

    private static bool TakesBearerOrApiKey(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<AuthorizationPolicy>()?.AuthenticationSchemes.Contains(ApiKeyAuthentication.BearerOrApiKeyScheme) == true;

    [Fact]
    public async Task Every_operation_declaring_bearer_answers_401_problem_without_a_token()
    {
        var client = factory.CreateClient();
        foreach (var operation in (await client.GetOpenApiAsync()).Operations().Where(o => o.Operation["security"]?.AsArray().Count > 0))
        {
            var path = string.Join('/', operation.Path.Split('/').Select(s => s.StartsWith('{') ? Guid.NewGuid().ToString() : s));
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = JsonContent.Create(new { }) };
            await (await client.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await factory.CreateClient().GetAsync("/swagger");

        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasSchema(JsonNode? response, string mediaType) => response?["content"]?[mediaType]?["schema"] is not null;

    private static string PathOf(RoutePattern pattern) => RoutePatterns.PathOf(pattern, parameter => $"{{{parameter.Name}}}");
}
