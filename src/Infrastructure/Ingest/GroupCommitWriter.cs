using System.Threading.Channels;
using AIntops.Application.Common.Observability;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Group commit: requests queue their events in a bounded channel; one loop takes whatever is
/// waiting (up to <see cref="IngestOptions.WriterMaxBatch"/> events), commits it in one transaction
/// and only then completes each request. On shutdown the queue is closed and drained first.
/// </summary>
public sealed class GroupCommitWriter : BackgroundService, IIngestWriter
{
    private readonly Channel<Pending> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly IngestOptions _options;
    private readonly ILogger<GroupCommitWriter> _logger;
    private AsyncServiceScope? _scope;
    private IngestCommitter? _committer;
    private readonly AppMetrics _metrics;

    public GroupCommitWriter(IServiceScopeFactory scopes, IOptions<IngestOptions> options, AppMetrics metrics, ILogger<GroupCommitWriter> logger)
    {
        _metrics = metrics;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(_options.WriterQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        metrics.ObserveWriterQueue(() => _queue.Reader.Count);
    }

    public int QueueDepth => _queue.Reader.Count;

    public Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        var pending = new Pending(events, new TaskCompletionSource<IReadOnlyList<WriteOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new IngestOverloadedException();
        return pending.Done.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var events = 0;
            while (events < _options.WriterMaxBatch && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                events += next.Events.Count;
            }
            await CommitAsync(group);
            group.Clear();
        }
        await DropConnectionAsync();
    }

    private async Task CommitAsync(List<Pending> group)
    {
        var events = group.SelectMany(p => p.Events).ToList();
        try
        {
            var outcomes = await (await ConnectionAsync()).CommitAsync(events, CancellationToken.None);
            _metrics.WriterCommitted(events.Count);
            var offset = 0;
            foreach (var pending in group)
            {
                pending.Done.SetResult(new ArraySegment<WriteOutcome>(outcomes, offset, pending.Events.Count));
                offset += pending.Events.Count;
            }
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Committing {Count} ingested events failed; their requests get an error and nothing was acknowledged.", events.Count);
            foreach (var pending in group) pending.Done.TrySetException(exception);
            await DropConnectionAsync();
        }
    }

    /// <summary>The writer keeps one open connection; it is replaced after any failure.</summary>
    private async Task<IngestCommitter> ConnectionAsync()
    {
        if (_committer is not null) return _committer;
        _scope = _scopes.CreateAsyncScope();
        var db = _scope.Value.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        // WAL with synchronous=NORMAL survives a killed process (not a power cut) and saves an fsync per commit.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
        return _committer = new IngestCommitter(db.Database.GetDbConnection(), db.Database.IsSqlite());
    }

    private async Task DropConnectionAsync()
    {
        if (_committer is not null) await _committer.DisposeAsync();
        _committer = null;
        if (_scope is { } scope) await scope.DisposeAsync();
        _scope = null;
    }

    public override void Dispose()
    {
        _scope?.Dispose();
        base.Dispose();
    }

    private sealed record Pending(IReadOnlyList<LlmEvent> Events, TaskCompletionSource<IReadOnlyList<WriteOutcome>> Done);
}
