using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using Google.Protobuf;
using Microsoft.Extensions.AI;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AIntops.IntegrationTests.Ingest;

/// <summary>
/// <c>POST /otlp/v1/traces</c> fed by real OpenTelemetry clients: the spans of Microsoft.Extensions.AI's OpenTelemetry chat client,
/// exported by the OpenTelemetry SDK's OTLP exporter (http/protobuf), and the same spans as OTLP/JSON.
/// </summary>
public sealed class OtlpIngestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Source = "AIntops.Tests.Chat";

    private static readonly Dictionary<string, object> Resource = new()
    {
        ["deployment.environment.name"] = "production", ["aintops.team"] = "payments", ["aintops.prompt_version"] = "v3",
    };

    private sealed record ChatSpans(List<Activity> Spans, OtlpTraceExporter Exporter, TracerProvider Tracing) : IDisposable
    {
        public void Dispose()
        {
            Tracing.Dispose();
            Exporter.Dispose();
        }
    }

    /// <summary>A normal, a streamed and a failing chat call and one unrelated span, each exported when it ends.</summary>
    private async Task<ChatSpans> ChatAsync(string key)
    {
        var exporter = new OtlpTraceExporter(new OtlpExporterOptions
        {
            Endpoint = new Uri(factory.CreateClient().BaseAddress!, OtlpApi.Path), Protocol = OtlpExportProtocol.HttpProtobuf, Headers = $"x-api-key={key}",
        });
        var spans = new List<Activity>();
        var tracing = Sdk.CreateTracerProviderBuilder().AddSource(Source)
            .ConfigureResource(r => r.AddService("checkout-service").AddAttributes(Resource))
            .AddProcessor(new SimpleActivityExportProcessor(exporter)).AddProcessor(new Collect(spans)).Build();
        using var chat = new ChatClientBuilder(new FakeModel()).UseOpenTelemetry(sourceName: Source).Build();

        await chat.GetResponseAsync("Summarise the basket");
        await foreach (var _ in chat.GetStreamingResponseAsync("Stream it")) { }
        await Assert.ThrowsAsync<TimeoutException>(() => chat.GetResponseAsync("fail"));
        using (var other = new ActivitySource(Source)) other.StartActivity("GET /checkout")?.Dispose();
        return new ChatSpans(spans, exporter, tracing);
    }

    private static async Task<List<JsonNode>> RequestsAsync(HttpClient owner) =>
        [.. (await owner.GetJsonAsync("/v1/requests?limit=50"))["items"]!.AsArray().Select(i => i!).OrderBy(i => i["externalRequestId"]!.GetValue<string>())];

    [Fact]
    public async Task Chat_spans_exported_over_OTLP_protobuf_become_events_with_model_tokens_cost_and_attribution_and_count_once()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        using var chat = await ChatAsync(key);

        var calls = chat.Spans.Where(s => s.DisplayName.StartsWith("chat")).ToList();
        Assert.Equal(3, calls.Count);
        var events = await RequestsAsync(owner.Client);
        Assert.Equal(calls.Select(s => $"{s.TraceId}:{s.SpanId}").Order(), events.Select(e => e["externalRequestId"]!.GetValue<string>()));
        Assert.All(events, e =>
        {
            Assert.Equal("openai", e["provider"]!.GetValue<string>());
            Assert.Equal("gpt-4o-mini", e["model"]!.GetValue<string>());
            Assert.Equal("checkout-service", e["endpointTag"]!.GetValue<string>());
            Assert.Equal("payments", e["team"]!.GetValue<string>());
            Assert.Equal("v3", e["promptVersion"]!.GetValue<string>());
            Assert.Equal("prod", e["environment"]!.GetValue<string>());
            Assert.Equal("u-42", e["userId"]!.GetValue<string>());
        });

        var normal = Event(events, calls[0]);
        Assert.Equal((1000, 200, 400), (normal["inputTokens"]!.GetValue<long>(), normal["outputTokens"]!.GetValue<long>(), normal["cachedInputTokens"]!.GetValue<long>()));
        Assert.Equal("success", normal["status"]!.GetValue<string>());
        Assert.InRange(normal["latencyMs"]!.GetValue<long>(), (long)calls[0].Duration.TotalMilliseconds - 1, (long)calls[0].Duration.TotalMilliseconds + 1);
        var sameCallByJson = await factory.CreateClient().WithApiKey((await (await factory.SignupOwnerAsync()).Client.CreateApiKeyAsync()).Key)
            .IngestAsync(IngestApi.Event(model: "gpt-4o-mini", input: 1000, output: 200, extra: new { cachedInputTokens = 400 }));
        Assert.True(normal["costUsd"]!.GetValue<decimal>() > 0);
        Assert.Equal(sameCallByJson["costUsd"]!.GetValue<decimal>(), normal["costUsd"]!.GetValue<decimal>());

        var streamed = Event(events, calls[1]);
        Assert.Equal((50, 7), (streamed["inputTokens"]!.GetValue<long>(), streamed["outputTokens"]!.GetValue<long>()));
        var failed = Event(events, calls[2]);
        Assert.Equal("error", failed["status"]!.GetValue<string>());
        Assert.Equal(typeof(TimeoutException).FullName, failed["errorCode"]!.GetValue<string>());

        Assert.Equal(ExportResult.Success, chat.Exporter.Export(new Batch<Activity>([.. chat.Spans], chat.Spans.Count)));
        Assert.Equal(events.Select(e => e.ToJsonString()), (await RequestsAsync(owner.Client)).Select(e => e.ToJsonString()));
    }

    [Fact]
    public async Task The_same_spans_as_gzipped_OTLP_JSON_record_the_same_events_and_count_nothing_twice()
    {
        var byProtobuf = await factory.SignupOwnerAsync();
        var (_, protobufKey) = await byProtobuf.Client.CreateApiKeyAsync();
        using var chat = await ChatAsync(protobufKey);
        var export = OtlpApi.Export(chat.Spans.Select(OtlpApi.Span), [("service.name", "checkout-service"), .. Resource.Select(r => (r.Key, r.Value))]);

        var byJson = await factory.SignupOwnerAsync();
        var (_, jsonKey) = await byJson.Client.CreateApiKeyAsync();
        var answer = await factory.CreateClient().WithApiKey(jsonKey).SendAsync(export, json: true, gzip: true);
        await answer.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Empty(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject());

        static string[] Comparable(List<JsonNode> events) => [.. events.Select(e =>
        {
            var copy = e.DeepClone().AsObject();
            foreach (var perOrganization in new[] { "id", "apiKeyPrefix", "apiKeyId" }) copy.Remove(perOrganization);
            return copy.ToJsonString();
        })];
        var fromProtobuf = await RequestsAsync(byProtobuf.Client);
        Assert.Equal(3, fromProtobuf.Count);
        Assert.Equal(Comparable(fromProtobuf), Comparable(await RequestsAsync(byJson.Client)));

        var again = await factory.CreateClient().WithApiKey(protobufKey).SendAsync(export, json: true);
        Assert.Empty(JsonNode.Parse(await again.Content.ReadAsStringAsync())!.AsObject());
        Assert.Equal(Comparable(fromProtobuf), Comparable(await RequestsAsync(byProtobuf.Client)));
    }

    [Fact]
    public async Task Other_spellings_are_read_spans_that_are_no_model_call_are_ignored_and_bad_ones_rejected_with_reasons()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var start = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        var anthropic = OtlpApi.Span("anthropic.chat", start, TimeSpan.FromMilliseconds(1250),
            ("gen_ai.system", "Anthropic"), ("gen_ai.request.model", "claude-sonnet-4"), ("gen_ai.usage.prompt_tokens", 100L),
            ("gen_ai.usage.completion_tokens", 20L), ("gen_ai.usage.cache_read_input_tokens", 300L), ("gen_ai.usage.cache_creation_input_tokens", 50L),
            ("user.id", "u-7"), ("aintops.endpoint_tag", "search"), ("aintops.data_mode", "test"), ("aintops.workflow", "rag"));
        anthropic.Status = new AIntops.Api.Otlp.Protos.Status { Code = AIntops.Api.Otlp.Protos.Status.Types.StatusCode.Error, Message = "overloaded" };
        var tooLongModel = OtlpApi.Span("chat", start, TimeSpan.FromSeconds(1), ("gen_ai.operation.name", "chat"), ("gen_ai.request.model", new string('m', 200)));
        var shortTraceId = OtlpApi.Span("chat", start, TimeSpan.FromSeconds(1), ("gen_ai.provider.name", "openai"), ("gen_ai.request.model", "gpt-4o"));
        shortTraceId.TraceId = Google.Protobuf.ByteString.CopyFrom(1, 2, 3, 4);
        var export = OtlpApi.Export([
            anthropic, tooLongModel, shortTraceId,
            OtlpApi.Span("GET /search", start, TimeSpan.FromSeconds(2), ("http.request.method", "GET")),
            OtlpApi.Span("invoke_agent", start, TimeSpan.FromSeconds(3), ("gen_ai.operation.name", "invoke_agent"), ("gen_ai.provider.name", "openai"),
                ("gen_ai.request.model", "gpt-4o"), ("gen_ai.usage.input_tokens", 5000L)),
        ], ("service.name", "search-api"), ("deployment.environment", "stage"));

        var answer = await (await factory.CreateClient().WithApiKey(key).SendAsync(export)).ExportAnswerAsync();

        Assert.Equal(2, answer.PartialSuccess.RejectedSpans);
        Assert.Contains("model must be at most 128 characters.", answer.PartialSuccess.ErrorMessage);
        Assert.Contains("traceId or spanId", answer.PartialSuccess.ErrorMessage);
        var recorded = Assert.Single((await owner.Client.GetJsonAsync("/v1/requests?dataMode=all"))["items"]!.AsArray())!;
        Assert.Equal(OtlpApi.Id(anthropic), recorded["externalRequestId"]!.GetValue<string>());
        Assert.Equal(("anthropic", "claude-sonnet-4", "search", "u-7", "staging", "test"), (recorded["provider"]!.GetValue<string>(),
            recorded["model"]!.GetValue<string>(), recorded["endpointTag"]!.GetValue<string>(), recorded["userId"]!.GetValue<string>(),
            recorded["environment"]!.GetValue<string>(), recorded["dataMode"]!.GetValue<string>()));
        Assert.Equal((450L, 20L, 300L, 50L, 1250L), (recorded["inputTokens"]!.GetValue<long>(), recorded["outputTokens"]!.GetValue<long>(),
            recorded["cachedInputTokens"]!.GetValue<long>(), recorded["cacheWriteTokens"]!.GetValue<long>(), recorded["latencyMs"]!.GetValue<long>()));
        Assert.Equal(("error", "overloaded"), (recorded["status"]!.GetValue<string>(), recorded["errorCode"]!.GetValue<string>()));
        Assert.Equal(start, recorded["timestamp"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        var detail = await owner.Client.GetJsonAsync($"/v1/requests/{recorded["id"]}");
        Assert.Equal("rag", detail["metadata"]!["workflow"]!.GetValue<string>());
    }

    [Fact]
    public async Task Undecodable_or_oversized_bodies_are_problems_that_change_nothing_and_the_key_may_come_as_a_bearer_token()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        var export = OtlpApi.Export([OtlpApi.Span("chat gpt-4o", factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1),
            ("gen_ai.provider.name", "openai"), ("gen_ai.request.model", "gpt-4o"), ("gen_ai.usage.input_tokens", 10L))]);

        foreach (var (body, type, gzip) in new[]
        {
            ("this is not protobuf"u8.ToArray(), "application/x-protobuf", false),
            ("{\"resourceSpans\": [ {"u8.ToArray(), "application/json", false),
            ("{\"resourceSpans\": 3}"u8.ToArray(), "application/json", false),
        })
        {
            var problem = await (await sender.SendRawAsync(body, type, gzip)).ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["body"]);
        }
        // A few kilobytes of gzip that would unpack past the 5 MB a request may hold.
        await (await sender.SendRawAsync(new byte[AIntops.Domain.Ingest.IngestLimits.MaxBatchBytes + 1], "application/x-protobuf", gzip: true))
            .ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var notGzip = new ByteArrayContent(export.ToByteArray());
        notGzip.Headers.ContentType = new("application/x-protobuf");
        notGzip.Headers.ContentEncoding.Add("gzip");
        await (await sender.PostAsync(OtlpApi.Path, notGzip)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await factory.CreateClient().SendAsync(export)).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/requests"))["items"]!.AsArray());

        var bearer = factory.CreateClient();
        bearer.As(key);
        var answer = await (await bearer.SendAsync(export, gzip: true)).ExportAnswerAsync();
        Assert.Null(answer.PartialSuccess);
        Assert.Single((await owner.Client.GetJsonAsync("/v1/requests"))["items"]!.AsArray());
    }

    private static JsonNode Event(List<JsonNode> events, Activity span) =>
        events.Single(e => e["externalRequestId"]!.GetValue<string>() == $"{span.TraceId}:{span.SpanId}");

    private sealed class Collect(List<Activity> into) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => into.Add(data);
    }

    /// <summary>A model that answers at once; the application tags the current span with its end user, as a processor would.</summary>
    private sealed class FakeModel : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Activity.Current?.SetTag("enduser.id", "u-42");
            if (messages.Last().Text == "fail") throw new TimeoutException("The model did not answer in time.");
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Two shirts and a hat."))
            {
                ModelId = "gpt-4o-mini",
                Usage = new UsageDetails { InputTokenCount = 1000, OutputTokenCount = 200, CachedInputTokenCount = 400 },
            });
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Activity.Current?.SetTag("enduser.id", "u-42");
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, "Two shirts") { ModelId = "gpt-4o-mini" };
            yield return new ChatResponseUpdate { ModelId = "gpt-4o-mini", Contents = [new UsageContent(new UsageDetails { InputTokenCount = 50, OutputTokenCount = 7 })] };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai", new Uri("http://127.0.0.1:9/v1/"), "gpt-4o-mini") : null;

        public void Dispose() { }
    }
}
