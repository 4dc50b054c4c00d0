using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AIntops.Client.Tests.Support;

/// <summary>A stand-in for <c>POST /v1/ingest/batch</c> on loopback that answers as scripted, then accepts everything.</summary>
public sealed class FakeIngest : IAsyncDisposable
{
    private readonly Queue<Func<HttpContext, Task>> _answers = new();
    private readonly List<Received> _requests = [];
    private WebApplication _app = null!;

    public Uri Root { get; private set; } = null!;

    public static async Task<FakeIngest> StartAsync()
    {
        var fake = new FakeIngest();
        (fake._app, fake.Root) = await Loopback.StartAppAsync(app => app.MapPost("/v1/ingest/batch", fake.AnswerAsync));
        return fake;
    }

    /// <summary>One request: when it came, its key and its events.</summary>
    public sealed record Received(DateTimeOffset At, string? ApiKey, List<JsonNode> Events)
    {
        public List<string> Ids => Events.Select(e => e["externalRequestId"]!.GetValue<string>()).ToList();
    }

    /// <summary>The requests so far.</summary>
    public List<Received> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    public FakeIngest Then(int status, string body, string? retryAfter = null)
    {
        lock (_requests)
            _answers.Enqueue(async context =>
            {
                context.Response.StatusCode = status;
                if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsync(body);
            });
        return this;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var events = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!["events"]!.AsArray();
        Func<HttpContext, Task>? scripted;
        lock (_requests)
        {
            _requests.Add(new Received(DateTimeOffset.UtcNow, context.Request.Headers["X-API-Key"].ToString(), events.Select(e => e!).ToList()));
            _answers.TryDequeue(out scripted);
        }
        if (scripted is not null)
        {
            await scripted(context);
            return;
        }
        var results = new JsonArray(events.Select((_, i) => (JsonNode)new JsonObject { ["index"] = i, ["result"] = new JsonObject { ["ok"] = true } }).ToArray());
        await context.Response.WriteAsJsonAsync(new JsonObject { ["accepted"] = events.Count, ["duplicates"] = 0, ["rejected"] = 0, ["results"] = results });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
