using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AIntops.IntegrationTests.Support;

/// <summary>What Slack answers to a webhook post (status, plain-text body, Retry-After).</summary>
public sealed record SlackAnswer(int Status, string Body, int? RetryAfterSeconds = null)
{
    public static readonly SlackAnswer Ok = new(200, "ok");

    /// <summary>An error exactly as Notifications/Fixtures/slack/responses.json (copied from the Slack reference) lists it.</summary>
    public static SlackAnswer Error(string body) => Fixture(e => e["body"]!.GetValue<string>() == body);

    public static SlackAnswer RateLimited => Fixture(e => e["status"]!.GetValue<int>() == 429);

    private static SlackAnswer Fixture(Func<JsonNode, bool> match)
    {
        var entry = ((JsonArray)Responses["errors"]!).Single(e => match(e!))!;
        var retryAfter = entry["headers"]?["Retry-After"]?.GetValue<string>();
        return new SlackAnswer(entry["status"]!.GetValue<int>(), entry["body"]!.GetValue<string>(), retryAfter is null ? null : int.Parse(retryAfter));
    }

    private static readonly JsonNode Responses =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notifications", "Fixtures", "slack", "responses.json")))!;
}

/// <summary>
/// A Slack incoming-webhook endpoint on a free loopback port, also the receiver of signed webhooks. Each hook answers its scripted answers in
/// order, then 200 "ok"; every post is recorded with its raw body and headers, at the test clock's time.
/// </summary>
public sealed class SlackReceiver(TimeProvider clock) : IAsyncDisposable
{
    public sealed record Post(string Hook, JsonNode Body, DateTimeOffset At, string RawBody, IReadOnlyDictionary<string, string> Headers);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<SlackAnswer>> _scripts = new();
    private readonly ConcurrentQueue<Post> _posts = new();
    private WebApplication? _app;
    private string _root = "";

    /// <summary>host:port, as the outbound allowed list names it.</summary>
    public string Authority => new Uri(_root).Authority;

    public async Task StartAsync()
    {
        (_app, var root) = await Loopback.StartAppAsync(app => app.MapPost("/services/{hook}", async (string hook, HttpContext context) =>
        {
            var raw = await new StreamReader(context.Request.Body).ReadToEndAsync();
            _posts.Enqueue(new Post(hook, JsonNode.Parse(raw)!, clock.GetUtcNow(), raw,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            var answer = _scripts.TryGetValue(hook, out var script) && script.TryDequeue(out var next) ? next : SlackAnswer.Ok;
            if (answer.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString();
            return Results.Text(answer.Body, "text/plain", statusCode: answer.Status);
        }));
        _root = root.ToString().TrimEnd('/');
    }

    /// <summary>A new hook's URL that answers <paramref name="answers"/> first.</summary>
    public string NewHook(params SlackAnswer[] answers)
    {
        var hook = $"T{Guid.NewGuid():N}";
        _scripts[hook] = new ConcurrentQueue<SlackAnswer>(answers);
        return $"{_root}/services/{hook}";
    }

    public IReadOnlyList<Post> PostsTo(string url) => _posts.Where(p => url.EndsWith("/" + p.Hook, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
