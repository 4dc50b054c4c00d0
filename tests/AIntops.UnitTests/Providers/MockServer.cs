using System.Net.Http.Json;
using System.Text.Json;
using AIntops.Application.Providers;
using AIntops.Infrastructure.Outbound;
using AIntops.Infrastructure.Providers;
using AIntops.MockProviders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.UnitTests.Providers;

/// <summary>The mock provider server, really listening on a free loopback port, with its clock fixed.</summary>
public sealed class MockServer : IAsyncDisposable
{
    /// <summary>A Thursday; its data starts on 2026-10-20. Sunday 2026-11-15 has the 03:00–05:00 empty window.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 19, 10, 30, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private MockServer(WebApplication app, Uri root, DateTimeOffset now)
    {
        _app = app;
        Root = root;
        Now = now;
        Http = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }
    public DateTimeOffset Now { get; }
    public Uri OpenAiBase => new(Root, "v1");
    public Uri AnthropicBase => Root;
    public HttpClient Http { get; }

    public static async Task<MockServer> StartAsync(DateTimeOffset? now = null)
    {
        var clock = new FixedClock(now ?? DefaultNow);
        var app = MockProviderApp.Build(["--urls", "http://127.0.0.1:0"], clock);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new MockServer(app, new Uri(address + "/"), clock.GetUtcNow());
    }

    /// <summary>
    /// Both clients as the product registers them, with delays small enough for tests and this mock allowed as an outbound
    /// host; <paramref name="settings"/> override <c>Providers:Http</c> (or, given with a section, any key).
    /// </summary>
    public ServiceProvider Clients(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Providers:Http:AttemptTimeout"] = "00:00:05",
            ["Providers:Http:TotalTimeout"] = "00:00:30",
            ["Providers:Http:RetryBaseDelay"] = "00:00:00.010",
            ["Providers:Http:MaxRetryDelay"] = "00:00:05",
            ["Providers:Http:BreakerMinimumThroughput"] = "100",
            ["Outbound:AllowedPrivateHosts"] = Root.Authority,
        };
        foreach (var (key, value) in settings) values[key.Contains(':') ? key : $"Providers:Http:{key}"] = value;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services.AddOutbound(configuration);
        services.AddProviderClients(configuration);
        return services.BuildServiceProvider();
    }

    public async Task AddFaultAsync(object rule) => (await Http.PostAsJsonAsync("_mock/faults", rule)).EnsureSuccessStatusCode();

    public async Task<JsonElement> FaultStateAsync() => await Http.GetFromJsonAsync<JsonElement>("_mock/faults");

    public async Task<long> RequestCountAsync() => (await FaultStateAsync()).GetProperty("requests").GetInt64();

    public async Task<JsonElement> GetJsonAsync(string pathAndQuery, string provider, string? key = null)
    {
        using var response = await SendAsync(pathAndQuery, provider, key);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> SendAsync(string pathAndQuery, string provider, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (provider == ProviderNames.OpenAi) request.Headers.Authorization = new("Bearer", key ?? MockKeys.OpenAi);
        else
        {
            request.Headers.Add("x-api-key", key ?? MockKeys.Anthropic);
            request.Headers.Add("anthropic-version", AnthropicAdminClient.ApiVersion);
        }
        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>One mock server shared by the tests of a class that only read from it.</summary>
public sealed class MockServerFixture : IAsyncLifetime
{
    public MockServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await MockServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
