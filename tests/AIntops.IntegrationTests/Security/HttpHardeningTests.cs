using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Security;

public sealed class HttpHardeningTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/v1/auth/me")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS on plain http");
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_enabled()
    {
        var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/signup")
        {
            Content = JsonContent.Create(new { email = ApiClient.UniqueEmail("direct"), password = ApiClient.Password, name = "Direct", organizationName = "Direct" }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "aintops.example.test");

        var response = await client.SendAsync(request);

        await response.ExpectAsync(HttpStatusCode.Created);
        Assert.DoesNotContain("secure", RefreshCookieOf(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_is_exported_as_text()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var formulas = new[] { "=HYPERLINK(\"http://127.0.0.1/x\",\"open\")", "+1+2", "-3+4", "@SUM(A1:A2)" };
        foreach (var formula in formulas)
            await api.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event(extra: new { userId = formula, endpointTag = "search" }));

        var csv = await owner.Client.GetAsync("/v1/exports/usage.csv?range=7d");
        var json = JsonNode.Parse(await (await owner.Client.GetAsync("/v1/exports/usage.json?range=7d")).Content.ReadAsStringAsync())!.AsArray();

        var text = await csv.Content.ReadAsStringAsync();
        foreach (var formula in formulas)
        {
            var cell = formula.Contains(',') || formula.Contains('"') ? $"\"'{formula.Replace("\"", "\"\"")}\"" : $"'{formula}";
            Assert.Contains($",{cell},", text);
        }
        Assert.Equal(formulas.Order(), json.Select(row => row!["userId"]!.GetValue<string>()).Order());
    }

    internal static string RefreshCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthApi.RefreshCookieName + "=", StringComparison.Ordinal));
}

/// <summary>The host behind a reverse proxy on this machine that terminates https, with the API description and the metrics hidden.</summary>
public sealed class ProxiedApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Http:ForwardedHeaders:Enabled"] = "true",
        ["Http:ExposeSwagger"] = "false",
        ["Http:ExposeMetrics"] = "false",
    };
}

public sealed class ReverseProxyTests(ProxiedApiFactory api) : IClassFixture<ProxiedApiFactory>
{
    [Fact]
    public async Task Behind_an_https_proxy_the_refresh_cookie_is_secure_and_HSTS_is_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/signup")
        {
            Content = JsonContent.Create(new { email = ApiClient.UniqueEmail("proxied"), password = ApiClient.Password, name = "Proxied", organizationName = "Proxied" }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "aintops.example.test");

        var response = await api.CreateClient().SendAsync(request);

        await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Contains("secure", HttpHardeningTests.RefreshCookieOf(response), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    public async Task The_API_description_can_be_hidden(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_metrics_can_be_hidden()
    {
        // Without the endpoint the path is the SPA's (a client-side route) when the SPA is built, else nothing.
        var response = await api.CreateClient().GetAsync("/metrics");
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync());
        Assert.NotEqual("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
