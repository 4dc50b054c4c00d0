using System.Diagnostics;
using System.Net.Http.Headers;

namespace AIntops.Bench;

/// <summary>Times each query sequentially: its first call, then p50, p95 and max once warm, as a Markdown table.</summary>
public static class QueryTimer
{
    private static readonly (string Name, string Path)[] Queries =
    [
        ("overview", "/v1/dashboard/overview?range=30d"),
        ("spend over time by model", "/v1/dashboard/spend-over-time?range=30d&interval=day&splitBy=model"),
        ("token consumption by week", "/v1/dashboard/token-consumption?range=30d&interval=week"),
        ("request volume", "/v1/dashboard/request-volume?range=30d"),
        ("cost per model", "/v1/dashboard/cost-per-model?range=30d"),
        ("latency per model", "/v1/dashboard/latency?range=30d"),
        ("top users", "/v1/dashboard/top-users?range=30d"),
        ("user timelines", "/v1/dashboard/user-timelines?range=30d"),
        ("user pivot by model", "/v1/dashboard/user-pivot?range=30d&by=model"),
        ("overview, team filter", "/v1/dashboard/overview?range=30d&team=team-3"),
        ("overview, all data, staging", "/v1/dashboard/overview?range=30d&dataMode=all&environment=staging"),
        ("explorer by model", "/v1/usage/explorer?range=30d&groupBy=model"),
        ("explorer by team", "/v1/usage/explorer?range=30d&groupBy=team"),
        ("explorer by user", "/v1/usage/explorer?range=30d&groupBy=user"),
        ("explorer by feature, prompt version", "/v1/usage/explorer?range=30d&groupBy=endpointTag&thenBy=promptVersion"),
        ("explorer by API key", "/v1/usage/explorer?range=30d&groupBy=apiKey"),
        ("explorer by team, user", "/v1/usage/explorer?range=30d&groupBy=team&thenBy=user"),
        ("tokens", "/v1/usage/tokens?range=30d"),
        ("prompt versions", "/v1/usage/prompt-versions?range=30d&endpointTag=feature-7"),
        ("request log, first page", "/v1/requests?limit=50"),
        ("request log, model + status", "/v1/requests?limit=50&model=gpt-4o&status=error"),
        ("request log, feature + team", "/v1/requests?limit=50&endpointTag=feature-12&team=team-12"),
        ("request log, one user", "/v1/requests?limit=50&userId=user-1500"),
        ("request log, last week", "/v1/requests?limit=50&from=" + Uri.EscapeDataString(DateTime.UtcNow.AddDays(-7).ToString("O"))),
    ];

    /// <summary>
    /// First calls come first, each view once in order, as after a restart. Then every view is called <see cref="SettleRounds"/> times
    /// over before timing, so that the runtime's tiered compilation has settled (it compiles hot code again, optimised, on a background
    /// thread that shares the cores with the requests): the p50 and p95 are the steady state of a running server.
    /// </summary>
    public static async Task<int> RunAsync(Uri url, string token, int iterations)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var first = new Dictionary<string, double>();
        foreach (var (name, path) in Queries)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(http, path);
            first[name] = clock.Elapsed.TotalMilliseconds;
        }
        for (var round = 0; round < SettleRounds; round++)
            foreach (var (_, path) in Queries) await GetAsync(http, path);
        Console.WriteLine("| query | first ms | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, path) in Queries)
        {
            var times = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(http, path);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {name} | {first[name]:F1} | {Percentile(times, 0.5):F1} | {Percentile(times, 0.95):F1} | {times[^1]:F1} |");
        }
        return 0;
    }

    private const int SettleRounds = 30;

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];
}
