using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Client;

/// <summary>
/// The recorder behind <see cref="IAIntopsRecorder"/>: a bounded in-memory queue (the oldest event goes when it is full)
/// and, as a hosted service, a background loop that sends it in batches to <c>/v1/ingest/batch</c>, retrying with
/// exponential backoff and jitter (and the server's Retry-After on 429 and 503), pausing while the server says
/// telemetry is paused, and sending what is queued when the host stops.
/// </summary>
internal sealed class AIntopsSender : IAIntopsRecorder, IHostedService, IDisposable
{
    internal const string HttpClientName = "AIntops.Client";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly Channel<AIntopsEvent> _queue;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly IHttpClientFactory _http;
    private readonly AIntopsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<AIntopsSender> _logger;
    private Task _loop = Task.CompletedTask;
    private long _sent, _dropped, _failed;
    private long _pausedUntilTicks;

    public AIntopsSender(IHttpClientFactory http, IOptions<AIntopsOptions> options, TimeProvider clock, ILogger<AIntopsSender> logger)
    {
        (_http, _options, _clock, _logger) = (http, options.Value, clock, logger);
        _queue = Channel.CreateBounded<AIntopsEvent>(
            new BoundedChannelOptions(Math.Max(1, _options.QueueCapacity)) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    public AIntopsCounters Counters =>
        new(Interlocked.Read(ref _sent), Interlocked.Read(ref _dropped), Interlocked.Read(ref _failed), _queue.Reader.Count);

    private int BatchSize => Math.Clamp(_options.BatchSize, 1, 1000);

    private TimeSpan PausedFor => new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _clock.GetUtcNow();

    public void Record(AIntopsEvent e)
    {
        try
        {
            _queue.Writer.TryWrite(e with
            {
                ExternalRequestId = e.ExternalRequestId ?? Guid.NewGuid().ToString(),
                Timestamp = e.Timestamp ?? _clock.GetUtcNow(),
                Environment = e.Environment ?? _options.Environment,
                Team = e.Team ?? _options.Team,
                EndpointTag = e.EndpointTag ?? _options.EndpointTag,
                DataMode = e.DataMode ?? _options.DataMode,
            });
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _dropped);
            _logger.LogDebug(ex, "An AIntops event could not be queued.");
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SendQueuedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Flushing AIntops events stopped.");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops the loop and sends what is queued, until <paramref name="cancellationToken"/> (the host's shutdown timeout) fires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        using var deadline = cancellationToken.Register(_abort.Cancel);
        await _loop.ConfigureAwait(false);
        await FlushAsync(_abort.Token).ConfigureAwait(false);
        if (_queue.Reader.Count > 0)
            _logger.LogWarning("{Count} AIntops events were not sent before shutdown.", _queue.Reader.Count);
    }

    /// <summary>Stops sending at once. The token sources and the semaphore hold no handle, so they are only cancelled, and
    /// a send still running ends cleanly (the container disposes the instance once per interface it is registered under).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _abort.Cancel();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _queue.Reader.WaitToReadAsync(stopping).ConfigureAwait(false);
                if (_queue.Reader.Count < BatchSize) await Task.Delay(_options.FlushInterval, _clock, stopping).ConfigureAwait(false);
                if (PausedFor is { Ticks: > 0 } pause) await Task.Delay(pause, _clock, stopping).ConfigureAwait(false);
                await SendQueuedAsync(_abort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested || _abort.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "The AIntops sender failed; it goes on.");
            }
        }
    }

    /// <summary>Sends the events queued now, batch by batch, unless sending is paused.</summary>
    private async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var left = _queue.Reader.Count; left > 0 && PausedFor <= TimeSpan.Zero;)
            {
                var batch = new List<AIntopsEvent>(Math.Min(left, BatchSize));
                while (batch.Count < BatchSize && left-- > 0 && _queue.Reader.TryRead(out var e)) batch.Add(e);
                if (batch.Count == 0) return;
                await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task SendBatchAsync(List<AIntopsEvent> batch, CancellationToken cancellationToken)
    {
        if (_options.Endpoint is null || string.IsNullOrEmpty(_options.ApiKey))
        {
            Fail(batch.Count, "AIntops is not configured (Endpoint and ApiKey); {Count} events were not sent.");
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await PostAsync(batch, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    await CountResultsAsync(response, batch.Count, cancellationToken).ConfigureAwait(false);
                    return;
                }
                switch (response.StatusCode)
                {
                    case HttpStatusCode.PaymentRequired:
                        Pause(RetryAfter(response) ?? _options.PauseDuration);
                        Fail(batch.Count, "AIntops paused telemetry (plan limit); {Count} events were not recorded.");
                        return;
                    case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError:
                        retryAfter = RetryAfter(response);
                        break;
                    default:
                        Fail(batch.Count, $"AIntops refused a batch with {(int)response.StatusCode}; {{Count}} events were not recorded.");
                        return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Fail(batch.Count, "Stopped while sending; {Count} AIntops events were not sent.");
                throw;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                _logger.LogDebug(ex, "Sending to AIntops failed (attempt {Attempt}).", attempt);
            }
            if (attempt >= _options.MaxAttempts)
            {
                Fail(batch.Count, "AIntops could not be reached; {Count} events were given up.");
                return;
            }
            try
            {
                await Task.Delay(retryAfter ?? Backoff(attempt), _clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Fail(batch.Count, "Stopped while waiting to retry; {Count} AIntops events were not sent.");
                throw;
            }
        }
    }

    private Task<HttpResponseMessage> PostAsync(List<AIntopsEvent> batch, CancellationToken cancellationToken)
    {
        var client = _http.CreateClient(HttpClientName);
        var root = _options.Endpoint!.AbsoluteUri.EndsWith('/') ? _options.Endpoint : new Uri(_options.Endpoint.AbsoluteUri + "/");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, "v1/ingest/batch"))
        {
            Content = JsonContent.Create(new { events = batch }, options: Json),
        };
        request.Headers.Add("X-API-Key", _options.ApiKey);
        return client.SendAsync(request, cancellationToken);
    }

    /// <summary>Counts a 2xx answer's per-event results: accepted and duplicates are sent, the rest failed.</summary>
    private async Task CountResultsAsync(HttpResponseMessage response, int events, CancellationToken cancellationToken)
    {
        int ok = events, paused = 0;
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            if (body.RootElement.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                var answers = results.EnumerateArray().Select(r => r.TryGetProperty("result", out var x) && x.ValueKind == JsonValueKind.Object ? x : default).ToList();
                ok = answers.Count(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("ok", out var v) && v.ValueKind == JsonValueKind.True);
                paused = answers.Count(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("telemetryPaused", out var v) && v.ValueKind == JsonValueKind.True);
                if (ok < events && paused < events - ok)
                    _logger.LogWarning("AIntops refused {Count} events of a batch: {Answer}", events - ok - paused, body.RootElement.GetRawText());
            }
        }
        catch (JsonException)
        {
        }
        Interlocked.Add(ref _sent, ok);
        Interlocked.Add(ref _failed, events - ok);
        if (paused > 0) Pause(_options.PauseDuration);
    }

    private void Fail(int events, string message)
    {
        Interlocked.Add(ref _failed, events);
#pragma warning disable CA2254 // The messages are this class's own constants.
        _logger.LogWarning(message, events);
#pragma warning restore CA2254
    }

    private void Pause(TimeSpan duration) =>
        Interlocked.Exchange(ref _pausedUntilTicks, (_clock.GetUtcNow() + duration).UtcTicks);

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.MaxRetryDelay.TotalMilliseconds, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
