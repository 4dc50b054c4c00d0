using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AIntops.Application.Invitations.GetInvitation;
using AIntops.IntegrationTests.Support;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AIntops.IntegrationTests.Organizations;

public sealed class ApiErrorTests(ApiErrorTests.FaultyApiFactory factory) : IClassFixture<ApiErrorTests.FaultyApiFactory>
{
    private const string Secret = "secret-connection-string-Password=hunter2";

    [Theory]
    [InlineData("GET", "/v1")]
    [InlineData("GET", "/v1/nothing-here")]
    [InlineData("POST", "/v1/members/not-a-guid")]
    [InlineData("DELETE", "/v1/invitations/not-a-guid")]
    public async Task Unknown_api_path_is_a_404_problem(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        await (await factory.CreateClient().SendAsync(request)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unexpected_error_is_a_500_problem_without_exception_text()
    {
        var response = await factory.CreateClient().GetAsync("/v1/invitations/any-token");

        var problem = await response.ExpectProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.ToJsonString();
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
        Assert.DoesNotContain(nameof(ThrowingPreviewHandler), body);
        Assert.DoesNotContain(" at ", body);
    }

    [Theory]
    [InlineData("""{"role": 5}""", "role")]
    [InlineData("""{"role": ["admin"]}""", "role")]
    public async Task Wrong_json_type_is_a_400_naming_the_field(string json, string field)
    {
        var owner = await factory.SignupOwnerAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await owner.Client.PatchAsync($"/v1/members/{owner.UserId}", content);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Wrong_json_type_in_an_invitation_names_the_field()
    {
        var owner = await factory.SignupOwnerAsync();
        using var content = new StringContent("""{"email": 42, "role": "member"}""", Encoding.UTF8, "application/json");

        var problem = await (await owner.Client.PostAsync("/v1/invitations", content)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["email"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var owner = await factory.SignupOwnerAsync();
        using var content = new StringContent("""{"role": """, Encoding.UTF8, "application/json");

        await (await owner.Client.PatchAsync($"/v1/members/{owner.UserId}", content)).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Missing_or_invalid_bearer_token_is_a_401_problem(string? authorization)
    {
        var client = factory.CreateClient();
        if (authorization is not null) client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        var problem = await (await client.GetAsync("/v1/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized);

        Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200(string path) =>
        await (await factory.CreateClient().GetAsync(path)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>The real API, except that the invitation preview fails with an exception carrying a secret.</summary>
    public sealed class FaultyApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IRequestHandler<GetInvitationQuery, InvitationPreview>>();
                services.AddScoped<IRequestHandler<GetInvitationQuery, InvitationPreview>, ThrowingPreviewHandler>();
            });
        }
    }

    private sealed class ThrowingPreviewHandler : IRequestHandler<GetInvitationQuery, InvitationPreview>
    {
        public Task<InvitationPreview> Handle(GetInvitationQuery request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
