using System.Diagnostics;
using System.Text.Json;
using AIntops.Api.Infrastructure;
using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Gateway;
using AIntops.Application.Ingest;
using AIntops.Application.Organizations;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Outbound;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Gateway;

/// <summary>
/// One call through the gateway: attribution read and checked, hard-stop budgets enforced, the body forwarded with the caller's own
/// provider key, the answer relayed as it arrives (streams chunk by chunk), then the call handed to <see cref="GatewayRecorder"/>
/// once the caller has its whole answer (docs/adr/0033-gateway.md).
/// </summary>
public sealed class GatewayProxy(IHttpClientFactory clients, BudgetStateCache budgets, OrganizationSettings settings, GatewayRecorder recorder,
    IOptions<GatewayOptions> options, TimeProvider clock)
{
    public const string ClientName = "gateway";
    public const string BudgetHeader = "X-AIntops-Budget";

    private const int MaxModelLength = IngestLimits.DimensionMaxLength;

    public async Task RelayAsync(HttpContext context, string provider)
    {
        var key = context.User.ApiKey();
        var started = clock.GetUtcNow().UtcDateTime;
        var call = GatewayAttribution.Read(name => context.Request.Headers[name] is { Count: > 0 } value ? value.ToString() : null, provider, started, out var errors);
        if (call is null)
        {
            var (header, messages) = errors!.First();
            await GatewayErrors.WriteAsync(context, provider, 400, messages[0], "invalid_aintops_header", header);
            return;
        }
        context.Response.Headers[GatewayAttribution.RequestIdHeader] = call.ExternalRequestId;
        var flags = budgets.FlagsOf(await budgets.ForOrganizationAsync(key.OrganizationId), provider, call.Team ?? key.Team);
        if (flags.Exceeded)
        {
            await RefuseOverBudgetAsync(context, provider, flags.ResumesAt);
            return;
        }
        if (flags.Warning) context.Response.Headers[BudgetHeader] = flags.Critical ? "critical" : "warning";
        if (await ReadBodyAsync(context, provider) is not { } body) return;

        var path = "/" + context.Request.RouteValues["path"];
        var upstream = GatewayOptions.BaseOf(await settings.GatewayUpstreamAsync(key.OrganizationId, provider, context.RequestAborted) ?? options.Value.Upstreams[provider]);
        var target = new Uri(upstream, path.TrimStart('/') + context.Request.QueryString);
        var usage = CallUsage.For(provider, GatewayRequest.ModelOf(body));
        var timer = Stopwatch.StartNew();
        var failure = await ForwardAsync(context, provider, target, GatewayRequest.WithStreamUsage(provider, path, body), usage);
        var latency = timer.ElapsedMilliseconds;
        if (!context.RequestAborted.IsCancellationRequested) await context.Response.CompleteAsync();
        if (usage.Model is { Length: > 0 } model)
            await recorder.RecordAsync(key, Completed(call, usage, model, path, context.Response.StatusCode, failure, latency));
    }

    /// <returns>Why the call failed on the gateway's side (unreachable, timed out, stream broken, caller gone); null when the provider answered.</returns>
    private async Task<string?> ForwardAsync(HttpContext context, string provider, Uri target, byte[] body, CallUsage usage)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.Value.UpstreamTimeout);
        HttpResponseMessage response;
        try
        {
            response = await SendAsync(context, target, body, timeout.Token);
        }
        catch (HttpRequestException e) when (OutboundHttp.Refusal(e) is not null)
        {
            await GatewayErrors.WriteAsync(context, provider, 502, $"The gateway does not call the {provider} address it is configured with: it is not a public address.", "upstream_refused");
            return "gateway_upstream_refused";
        }
        catch (HttpRequestException)
        {
            await GatewayErrors.WriteAsync(context, provider, 502, $"The gateway could not reach {provider}.", "upstream_unreachable");
            return "gateway_upstream_unreachable";
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await GatewayErrors.WriteAsync(context, provider, 504, $"{provider} did not answer within {options.Value.UpstreamTimeout.TotalSeconds:0} s.", "upstream_timeout");
            return "gateway_upstream_timeout";
        }
        catch (OperationCanceledException)
        {
            return "client_closed_request";
        }
        using (response) return await GatewayRelay.CopyAsync(response, context, usage, timeout.Token);
    }

    /// <summary>Sends the call, and again up to <see cref="GatewayOptions.MaxRetries"/> times when it could not connect or was refused for load.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpContext context, Uri target, byte[] body, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = GatewayRelay.Request(context, target, body);
            var retry = attempt < options.Value.MaxRetries;
            try
            {
                var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (!retry || (int)response.StatusCode is not (429 or 500 or 502 or 503 or 529)) return response;
                var pause = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500 << attempt);
                response.Dispose();
                await Task.Delay(pause < MaxRetryPause ? pause : MaxRetryPause, cancellationToken);
            }
            catch (HttpRequestException e) when (retry && OutboundHttp.Refusal(e) is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 << attempt), cancellationToken);
            }
        }
    }

    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(30);

    /// <summary>429 in the provider's shape, with <c>Retry-After</c> at the end of the exceeded budgets' period; SDKs are told not to retry.</summary>
    private async Task RefuseOverBudgetAsync(HttpContext context, string provider, DateTime? resumesAt)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        context.Response.Headers[BudgetHeader] = "exceeded";
        context.Response.Headers["x-should-retry"] = "false";
        if (resumesAt > now) ProblemDetailsExceptionHandler.SetRetryAfter(context, resumesAt.Value - now);
        await GatewayErrors.WriteAsync(context, provider, 429,
            $"This call would exceed a hard-stop budget of your organization, which is at its critical threshold; calls resume when its period ends{(resumesAt is { } at ? $" ({at:yyyy-MM-dd HH:mm} UTC)" : "")} or the budget is raised.",
            "insufficient_quota");
    }

    private async Task<byte[]?> ReadBodyAsync(HttpContext context, string provider)
    {
        var max = options.Value.MaxRequestBytes;
        var tooLarge = $"The request body may be at most {max / (1024 * 1024)} MB through the gateway.";
        if (context.Request.ContentLength > max)
        {
            await GatewayErrors.WriteAsync(context, provider, 413, tooLarge, "request_too_large");
            return null;
        }
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await GatewayErrors.WriteAsync(context, provider, 413, tooLarge, "request_too_large");
            return null;
        }
        return buffer.ToArray();
    }

    private static IngestEvent Completed(IngestEvent call, CallUsage usage, string model, string path, int status, string? failure, long latencyMs)
    {
        var failed = failure is not null || status is < 200 or >= 300;
        return call with
        {
            Model = model.Length > MaxModelLength ? model[..MaxModelLength] : model,
            InputTokens = Math.Min(usage.InputTokens, IngestLimits.MaxTokens),
            OutputTokens = Math.Min(usage.OutputTokens, IngestLimits.MaxTokens),
            CachedInputTokens = Math.Min(usage.CachedInputTokens, IngestLimits.MaxTokens),
            CacheWriteTokens = Math.Min(usage.CacheWriteTokens, IngestLimits.MaxTokens),
            LatencyMs = Math.Min(latencyMs, IngestLimits.MaxLatencyMs),
            Status = failed ? CallStatuses.Error : CallStatuses.Success,
            ErrorCode = failed ? Bounded(failure ?? usage.ErrorCode ?? $"http_{status}", IngestLimits.ErrorCodeMaxLength) : null,
            MetadataJson = $"{{\"gatewayPath\":\"{JsonEncodedText.Encode(Bounded(path, 512))}\"}}",
        };
    }

    private static string Bounded(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
