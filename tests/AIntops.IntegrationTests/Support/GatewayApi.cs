using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>Calls to the gateway and to the mock provider behind it, and what the gateway recorded.</summary>
public static class GatewayApi
{
    public const string OpenAiKey = "sk-gateway-test-OPENAI-0123456789abcdef";
    public const string AnthropicKey = "sk-ant-gateway-test-ANTHROPIC-0123456789abcdef";

    public static object Chat(string content = "Summarize the quarterly report.", bool stream = false, bool? includeUsage = null, string model = "gpt-4o") =>
        includeUsage is { } usage
            ? new { model, stream, stream_options = new { include_usage = usage }, messages = new[] { new { role = "user", content } } }
            : stream ? new { model, stream, messages = new[] { new { role = "user", content } } } : new { model, messages = new[] { new { role = "user", content } } };

    public static object Message(bool stream = false, string model = "claude-3-5-sonnet-20241022") => new
    {
        model, max_tokens = 256, stream,
        system = new object[] { new { type = "text", text = new string('s', 400), cache_control = new { type = "ephemeral" } } },
        messages = new object[]
        {
            new { role = "user", content = new object[] { new { type = "text", text = new string('c', 800), cache_control = new { type = "ephemeral" } }, new { type = "text", text = "And what follows from it?" } } },
        },
    };

    /// <summary>The request as the provider's SDK sends it: to <paramref name="root"/> + <paramref name="path"/> with the caller's provider key.</summary>
    public static HttpRequestMessage ProviderRequest(string root, string provider, string path, object body, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, root.TrimEnd('/') + path)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (provider == "anthropic")
        {
            request.Headers.Add("x-api-key", AnthropicKey);
            request.Headers.Add("anthropic-version", "2023-06-01");
        }
        else request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OpenAiKey);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        return request;
    }

    /// <summary>The request log's entry for <paramref name="requestId"/>, once the gateway has written it (it writes after answering).</summary>
    public static async Task<JsonNode> RecordedCallAsync(this HttpClient owner, string requestId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var page = await owner.GetJsonAsync("/v1/requests?dataMode=all&limit=200");
            if (page["items"]!.AsArray().FirstOrDefault(i => i!["externalRequestId"]!.GetValue<string>() == requestId) is { } found) return found;
            Assert.True(DateTime.UtcNow < deadline, $"The gateway call {requestId} was not recorded within 15 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Whether <paramref name="text"/> is anywhere in the database: every byte of the SQLite files, or every row of every PostgreSQL table.</summary>
    public static async Task<bool> StorageContainsAsync(this ApiFactory api, string text)
    {
        if (!TestDatabase.IsPostgres)
        {
            var needle = Encoding.UTF8.GetBytes(text);
            foreach (var file in Directory.EnumerateFiles(api.DataDirectory, "*", SearchOption.AllDirectories))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var bytes = new byte[stream.Length];
                await stream.ReadExactlyAsync(bytes);
                if (bytes.AsSpan().IndexOf(needle) >= 0) return true;
            }
            return false;
        }
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS \"Value\" FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'").ToListAsync();
        foreach (var table in tables)
        {
            // The table names come from the catalog, quoted by quote_ident.
            var sql = "SELECT count(*) AS \"Value\" FROM " + table + " t WHERE t::text LIKE {0}";
            if (await db.Database.SqlQueryRaw<long>(sql, $"%{text}%").SingleAsync() > 0) return true;
        }
        return false;
    }

    /// <summary>The data lines of a server-sent event stream, in order.</summary>
    public static List<string> EventData(string stream) =>
        [.. stream.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..])];
}
