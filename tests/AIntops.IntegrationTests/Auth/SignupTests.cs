using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Auth;

public sealed class SignupTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClientWithoutCookies();

    private Task<HttpResponseMessage> SignupAsync(string email, string password = ApiClient.Password) =>
        _client.PostAsJsonAsync("/v1/auth/signup", new { email, password, name = "Ann", organizationName = "Acme" });

    [Fact]
    public async Task Signup_answers_201_with_a_bearer_token_pair()
    {
        var response = await SignupAsync(ApiClient.UniqueEmail());

        await response.ExpectAsync(HttpStatusCode.Created);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty(body["accessToken"]?.GetValue<string>()));
        Assert.Equal((int)TimeSpan.FromMinutes(factory.AuthOptions().AccessTokenMinutes).TotalSeconds, body["expiresIn"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["refreshToken"]?.GetValue<string>()));
        Assert.Equal("Bearer", body["tokenType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signup_is_open_by_default_also_after_the_first_account()
    {
        await _client.SignupAsync();

        Assert.True((await _client.GetJsonAsync("/v1/auth/settings"))["signupOpen"]!.GetValue<bool>());
        await (await SignupAsync(ApiClient.UniqueEmail())).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Email_is_trimmed_and_lower_cased()
    {
        var local = $"Ann-{Guid.NewGuid():N}";
        await (await SignupAsync($"  {local}@Example.COM ")).ExpectAsync(HttpStatusCode.Created);

        var tokens = await _client.LoginAsync($"{local.ToLowerInvariant()}@example.com");
        var me = await factory.CreateClient().As(tokens.AccessToken).GetJsonAsync("/v1/me");
        Assert.Equal($"{local.ToLowerInvariant()}@example.com", me["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_signup_with_the_same_email_in_any_case_is_409()
    {
        var email = ApiClient.UniqueEmail();
        await (await SignupAsync(email)).ExpectAsync(HttpStatusCode.Created);

        await (await SignupAsync(email.ToUpperInvariant())).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_an_error_for_each_field()
    {
        var response = await _client.PostAsJsonAsync("/v1/auth/signup",
            new { email = "not-an-email", password = "short", name = "  ", organizationName = "" });

        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Equal(["email", "name", "organizationName", "password"], errors.Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData('a', 7, false)]
    [InlineData('a', 8, true)]
    [InlineData('a', 72, true)]
    [InlineData('a', 73, false)]
    [InlineData('é', 20, true)]  // 40 bytes
    [InlineData('é', 37, false)] // 37 characters but 74 bytes
    public async Task Password_length_is_8_to_72_UTF8_bytes(char character, int count, bool accepted)
    {
        var password = new string(character, count);
        var email = ApiClient.UniqueEmail();

        var response = await SignupAsync(email, password);

        if (accepted)
        {
            await response.ExpectAsync(HttpStatusCode.Created);
            await _client.LoginAsync(email, password);
        }
        else
        {
            var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["password"]);
        }
    }

    [Fact]
    public async Task A_password_with_a_NUL_character_is_400()
    {
        var problem = await (await SignupAsync(ApiClient.UniqueEmail(), "abcd\0efgh")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["password"]);
    }

    [Fact]
    public async Task A_field_of_the_wrong_JSON_type_is_400_naming_the_field()
    {
        var response = await _client.PostRawJsonAsync("/v1/auth/signup",
            """{"email": 1, "password": "correct horse battery", "name": "Ann", "organizationName": "Acme"}""");

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["email"]);
    }

    [Fact]
    public async Task Signup_creates_the_default_dashboard_and_an_open_onboarding_checklist()
    {
        var account = await _client.SignupAsync();
        var owner = factory.CreateClient().As(account.Tokens.AccessToken);

        var dashboard = Assert.Single((await owner.GetJsonAsync("/v1/dashboards")).AsArray())!;
        Assert.True(dashboard["isDefault"]!.GetValue<bool>());
        Assert.Equal(["budget_gauge", "cost_per_model", "spend_over_time", "token_consumption"],
            dashboard["widgets"]!.AsArray().Select(w => w!["type"]!.GetValue<string>()).Order());

        var onboarding = await owner.GetJsonAsync("/v1/onboarding");
        var items = onboarding["items"]!.AsArray();
        Assert.Equal(4, items.Count);
        Assert.All(items, item => Assert.False(item!["completed"]!.GetValue<bool>()));
        Assert.False(onboarding["completed"]!.GetValue<bool>());
    }
}
