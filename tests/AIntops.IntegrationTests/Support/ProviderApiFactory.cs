extern alias MockProviders;
using System.Net.Http.Json;
using AIntops.Infrastructure.Security;
using MockProviders::AIntops.MockProviders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The API host beside the real mock provider server, which listens on a free loopback port and
/// shares the API's test clock (so both agree on which 30 days there are). The Fernet key is
/// configured, so tests can check the stored credentials with it. The mock is the one loopback
/// address the API may call. The hourly job does not fire by
/// itself; tests run it when they mean to.
/// </summary>
public class ProviderApiFactory : ApiFactory, IAsyncLifetime
{
    private WebApplication? _mock;

    public FernetKey FernetKey { get; } = FernetKey.Generate();
    public Uri MockRoot { get; private set; } = null!;
    public string OpenAiBaseUrl => new Uri(MockRoot, "v1").ToString();
    public string AnthropicBaseUrl => MockRoot.ToString().TrimEnd('/');
    public HttpClient Mock { get; private set; } = null!;

    /// <summary>
    /// In a UTC day's first hour the mock has billed the day's first minutes but reported no usage rows for them, and the
    /// ledger spreads such a day's cost evenly over its 24 hours, nearly all after the sync (docs/adr/0018-blended-ledger.md),
    /// so the billed totals the tests expect would not show: the clock then starts past that hour. Access tokens are issued
    /// by this clock and checked against the real one, hence the wider skew.
    /// </summary>
    private readonly bool _pastFirstHour;

    public ProviderApiFactory() => _pastFirstHour = AdvancePastFirstHour();

    private bool AdvancePastFirstHour()
    {
        if (Clock.GetUtcNow() is not { Hour: 0 } early) return false;
        Clock.Advance(TimeSpan.FromMinutes(65 - early.Minute));
        return true;
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:ClockSkewSeconds"] = _pastFirstHour ? "7200" : "30",
        ["AINTOPS_FERNET_KEYS"] = FernetKey.ToBase64Url(),
        ["Providers:Http:AttemptTimeout"] = "00:00:05",
        ["Providers:Http:TotalTimeout"] = "00:00:30",
        ["Providers:Http:MaxRetries"] = "1",
        ["Providers:Http:RetryBaseDelay"] = "00:00:00.010",
        ["Providers:Http:BreakerMinimumThroughput"] = "1000",
        ["Jobs:ProviderSync:FirstRunDelay"] = "1.00:00:00",
        ["MockProviders:BaseUrl"] = MockRoot?.ToString(),
        ["Outbound:AllowedPrivateHosts"] = MockRoot?.Authority,
        ["Gateway:Upstreams:openai"] = MockRoot?.ToString(),
        ["Gateway:Upstreams:anthropic"] = MockRoot?.ToString(),
    };

    public async Task InitializeAsync()
    {
        _mock = MockProviderApp.Build(["--urls", "http://127.0.0.1:0"], Clock);
        await _mock.StartAsync();
        MockRoot = new Uri(_mock.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
        Mock = new HttpClient { BaseAddress = MockRoot };
    }

    public async Task AddFaultAsync(object rule) => (await Mock.PostAsJsonAsync("_mock/faults", rule)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await Mock.DeleteAsync("_mock/faults")).EnsureSuccessStatusCode();

    async Task IAsyncLifetime.DisposeAsync()
    {
        Mock.Dispose();
        await DisposeAsync();
        if (_mock is not null) await _mock.DisposeAsync();
    }
}
