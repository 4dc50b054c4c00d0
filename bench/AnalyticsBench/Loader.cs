using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace AIntops.Bench;

/// <summary>
/// Sends a seeded, realistic history: 12 models of 3 providers, 15 teams owning 60 features (each with
/// its own model and prompt versions), 2,000 end users, a daily and weekly rhythm, errors, cached
/// tokens, a little test data; in batches of 1,000 from 8 concurrent senders, oldest first (as live
/// traffic arrives), each batch covering the next slice of the history.
/// </summary>
public static class Loader
{
    private const int BatchSize = 1000, Senders = 8;

    private static readonly (string Provider, string Model)[] Models =
    [
        ("openai", "gpt-4o"), ("openai", "gpt-4o-mini"), ("openai", "gpt-4.1"), ("openai", "gpt-4.1-mini"), ("openai", "o3-mini"),
        ("anthropic", "claude-3-5-sonnet-20241022"), ("anthropic", "claude-3-5-haiku-20241022"), ("anthropic", "claude-sonnet-4-20250514"),
        ("google", "gemini-2.5-pro"), ("google", "gemini-2.5-flash"), ("openai", "text-embedding-3-small"), ("openai", "in-house-finetune"),
    ];

    public static async Task<int> RunAsync(Uri url, string key, long total, int days, int seed)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-API-Key", key);
        var batches = (total + BatchSize - 1) / BatchSize;
        var history = new History(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), days);
        long next = -1, sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            for (var batch = Interlocked.Increment(ref next); batch < batches; batch = Interlocked.Increment(ref next))
            {
                var body = Batch(seed, batch, (int)Math.Min(BatchSize, total - batch * BatchSize), history.Slice(batch, batches));
                using var response = await http.PostAsync("/v1/ingest/batch", new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"batch {batch}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var done = Interlocked.Add(ref sent, BatchSize);
                if (done % 500_000 < BatchSize) Console.WriteLine($"  {Math.Min(done, total):N0} events, {done / clock.Elapsed.TotalSeconds:N0}/s");
            }
        }));
        Console.WriteLine($"loaded {total:N0} events in {clock.Elapsed.TotalSeconds:N0} s ({total / clock.Elapsed.TotalSeconds:N0}/s)");
        return 0;
    }

    private static string Batch(int seed, long batch, int count, (long FromMs, long ToMs) slice)
    {
        var random = new Random(HashCode.Combine(seed, batch));
        var json = new StringBuilder("{\"events\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) json.Append(',');
            var feature = random.Next(60);
            var (provider, model) = Models[(feature * 7 + (random.Next(10) == 0 ? 1 : 0)) % Models.Length];
            var input = 200 + random.Next(6000);
            var status = random.Next(33) == 0 ? "error" : "success";
            json.Append($"{{\"externalRequestId\":\"s{seed}-{batch}-{i}\",\"provider\":\"{provider}\",\"model\":\"{model}\",")
                .Append($"\"endpointTag\":\"feature-{feature}\",\"promptVersion\":\"v{feature % 3 + random.Next(2)}\",")
                .Append(random.Next(20) == 0 ? "" : $"\"team\":\"team-{feature % 15}\",")
                .Append(random.Next(10) == 0 ? "" : $"\"userId\":\"user-{(int)(2000 * Math.Pow(random.NextDouble(), 2))}\",")
                .Append($"\"inputTokens\":{input},\"cachedInputTokens\":{(random.Next(3) == 0 ? random.Next(input / 2) : 0)},\"outputTokens\":{50 + random.Next(1500)},")
                .Append($"\"latencyMs\":{(int)(200 + Math.Exp(random.NextDouble() * 9))},\"status\":\"{status}\",")
                .Append($"\"environment\":\"{(random.Next(20) switch { 0 => "dev", 1 or 2 => "staging", _ => "prod" })}\",")
                .Append($"\"dataMode\":\"{(random.Next(20) == 0 ? "test" : "real")}\",\"timestamp\":{slice.FromMs + (long)(random.NextDouble() * (slice.ToMs - slice.FromMs))}}}");
        }
        return json.Append("]}").ToString();
    }

    /// <summary>The last <paramref name="days"/> split into slices of equal traffic, busier on weekday afternoons (UTC).</summary>
    private sealed class History(long endMs, int days)
    {
        private const long HourMs = 3_600_000;
        private readonly long _startMs = endMs - days * 24 * HourMs;
        private readonly double[] _cumulative = Cumulative(endMs - days * 24 * HourMs, days * 24);

        public (long FromMs, long ToMs) Slice(long index, long count) => (At((double)index / count), At((double)(index + 1) / count));

        private long At(double quantile)
        {
            var target = quantile * _cumulative[^1];
            var hour = Math.Max(0, Array.FindIndex(_cumulative, c => c >= target) - 1);
            var within = (target - _cumulative[hour]) / (_cumulative[hour + 1] - _cumulative[hour]);
            return _startMs + (long)((hour + within) * HourMs);
        }

        private static double[] Cumulative(long startMs, int hours)
        {
            var cumulative = new double[hours + 1];
            for (var h = 0; h < hours; h++)
            {
                var time = DateTimeOffset.FromUnixTimeMilliseconds(startMs + h * HourMs);
                var weight = (time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.4 : 1.0) * (0.3 + 0.7 * Math.Sin(Math.PI * time.Hour / 24));
                cumulative[h + 1] = cumulative[h] + weight;
            }
            return cumulative;
        }
    }
}
