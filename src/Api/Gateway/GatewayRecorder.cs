using System.Threading.Channels;
using AIntops.Application.ApiKeys;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Api.Gateway;

/// <summary>
/// Writes the events of relayed calls through the ingest path after their answers are sent, so a caller never waits for a commit.
/// Whatever is queued is written before the host stops (it stops before the ingest writer). A pass takes what arrived within
/// <see cref="GatewayOptions.RecordWindow"/> of its first event, so a steady stream of calls costs a few commits a second rather
/// than one per call; each API key's events go as one batch, and a batch that fails is logged without holding up the others.
/// </summary>
public sealed class GatewayRecorder(IngestService ingest, IOptions<GatewayOptions> options, ILogger<GatewayRecorder> logger) : BackgroundService
{
    private const int MaxPerPass = IngestLimits.MaxBatchEvents;
    private const int MaxBusyAttempts = 600;
    private static readonly TimeSpan BusyPause = TimeSpan.FromMilliseconds(100);

    private readonly Channel<(ApiKeyIdentity Key, IngestEvent Event)> _queue = Channel.CreateBounded<(ApiKeyIdentity, IngestEvent)>(
        new BoundedChannelOptions(options.Value.RecorderCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ValueTask RecordAsync(ApiKeyIdentity key, IngestEvent call) => _queue.Writer.WriteAsync((key, call));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pass = new List<(ApiKeyIdentity Key, IngestEvent Event)>(MaxPerPass);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (_queue.Reader.Count < MaxPerPass && !stoppingToken.IsCancellationRequested)
                await Task.Delay(options.Value.RecordWindow, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            while (pass.Count < MaxPerPass && _queue.Reader.TryRead(out var item)) pass.Add(item);
            await Task.WhenAll(pass.GroupBy(p => p.Key).Select(group => WriteAsync(group.Key, [.. group.Select(p => p.Event)])));
            pass.Clear();
        }
    }

    /// <summary>No call is queued after this; the pass under way stops gathering and writes what is queued.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>A full writer queue is waited out (for a minute at most); any other failure is logged.</summary>
    private async Task WriteAsync(ApiKeyIdentity key, IReadOnlyList<IngestEvent> events)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
                try
                {
                    await ingest.IngestAsync(key, events, CancellationToken.None);
                    return;
                }
                catch (Exception e) when (e is IngestOverloadedException or IngestOrganizationBusyException && attempt < MaxBusyAttempts)
                {
                    await Task.Delay(BusyPause);
                }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Could not record {Count} gateway call(s) of organization {OrganizationId}", events.Count, key.OrganizationId);
        }
    }
}
