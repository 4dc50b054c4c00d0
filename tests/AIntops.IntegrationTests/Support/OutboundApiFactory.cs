using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The API host beside a stand-in for an internal service on a loopback port, which the API is allowed to call,
/// with a small answer limit. Every request the service receives is recorded; its first path segment picks the
/// answer: <c>ok</c> (an empty usage page or Slack's "ok"), <c>big</c> (larger than the limit), <c>refuse</c> (a
/// 404 with a secret in its body) and <c>redirect</c> (a 302 to <c>landed</c>); any other answers as <c>ok</c>.
/// </summary>
public sealed class OutboundApiFactory : ApiFactory, IAsyncLifetime
{
    public const int MaxResponseBytes = 64 * 1024;
    public const string Secret = "internal-secret-7f3a";

    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _service;

    public Uri ServiceRoot { get; private set; } = null!;

    /// <summary>A loopback port the API may call where nothing listens.</summary>
    public int ClosedPort { get; } = Loopback.FreePort();

    public IReadOnlyList<string> Requests => _requests.ToList();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbound:AllowedPrivateHosts"] = $"{ServiceRoot?.Authority},127.0.0.1:{ClosedPort}",
        ["Outbound:MaxResponseBytes"] = MaxResponseBytes.ToString(),
        ["Providers:Http:MaxRetries"] = "1",
        ["Providers:Http:RetryBaseDelay"] = "00:00:00.010",
        ["Jobs:ProviderSync:FirstRunDelay"] = "1.00:00:00",
    };

    public string Url(string answer, string path = "") => new Uri(ServiceRoot, $"{answer}/{path}").ToString();

    public async Task InitializeAsync()
    {
        (_service, ServiceRoot) = await Loopback.StartAppAsync(app => app.Map("/{answer}/{**rest}", (string answer, HttpContext context) =>
        {
            _requests.Enqueue(context.Request.Path + context.Request.QueryString);
            return answer switch
            {
                "big" => Results.Text($$"""{"data":[],"has_more":false,"next_page":"{{new string('x', MaxResponseBytes * 2)}}"}""", "application/json"),
                "refuse" => Results.Text($$$"""{"error":{"message":"{{{Secret}}}"}}""", "application/json", Encoding.UTF8, StatusCodes.Status404NotFound),
                "redirect" => Results.Redirect(new Uri(ServiceRoot, "landed/" + context.Request.RouteValues["rest"]).ToString()),
                _ => Results.Text("""{"data":[],"has_more":false,"next_page":null}""", "application/json"),
            };
        }));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_service is not null) await _service.DisposeAsync();
    }
}
