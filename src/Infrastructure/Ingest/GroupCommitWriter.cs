using System.Threading.Channels;
using AIntops.Application.Common.Observability;
using AIntops.Application.Ingest;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using SQLitePCL;

namespace AIntops.Infrastructure.Ingest;

/// <summary>
/// Group commit: requests queue their events in a channel; one loop takes whatever is waiting (up to
/// <see cref="IngestOptions.WriterMaxBatch"/> events), commits it in one transaction and only then
/// completes each request. On shutdown the queue is closed and drained first. The queue holds at most
/// <see cref="IngestOptions.WriterQueueCapacity"/> events, and one organization at most
/// <see cref="IngestOptions.WriterQueuePerOrganization"/> of them.
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
    private readonly QueuedEvents _queued;

    private readonly DimensionDirectory _dimensions;

    public GroupCommitWriter(IServiceScopeFactory scopes, DimensionDirectory dimensions, IOptions<IngestOptions> options, AppMetrics metrics,
        ILogger<GroupCommitWriter> logger)
    {
        _dimensions = dimensions;
        _metrics = metrics;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
        _queued = new QueuedEvents(_options.WriterQueueCapacity, _options.WriterQueuePerOrganization);
        // Bounded by QueuedEvents in events, not here in requests; a single-reader channel could not report its depth.
        _queue = Channel.CreateUnbounded<Pending>();
        metrics.ObserveWriterQueue(() => _queue.Reader.Count);
    }

    public int QueueDepth => _queue.Reader.Count;

    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken)
    {
        // On the request's thread, from memory once seen: the writer's one thread only stores numbers.
        await _dimensions.ResolveAsync(events, cancellationToken);
        var pending = new Pending(events, new TaskCompletionSource<IReadOnlyList<WriteOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queued.Take(pending.OrganizationId, events.Count);
        if (!_queue.Writer.TryWrite(pending))
        {
            _queued.Release(pending.OrganizationId, events.Count);
            throw new IngestOverloadedException();
        }
        return await pending.Done.Task;
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
                _queued.Release(next.OrganizationId, next.Events.Count);
                group.Add(next);
                events += next.Events.Count;
            }
            await CommitAsync(group);
            group.Clear();
        }
        await DropConnectionAsync();
    }

    /// <summary>
    /// When a group fails, its requests are committed again one by one, so one request's bad data fails only that
    /// request and every other organization's events are still stored and acknowledged. A retry that fails for another
    /// reason means the database itself is failing: the rest of the group fails with it rather than waiting on it again.
    /// </summary>
    private async Task CommitAsync(List<Pending> group)
    {
        if (await TryCommitAsync(group) is not { } failure) return;
        if (group.Count == 1)
        {
            Fail(group[0], failure);
            return;
        }
        _logger.LogWarning(failure, "Committing {Requests} ingest requests together failed; committing them one by one.", group.Count);
        for (var i = 0; i < group.Count; i++)
        {
            if (await TryCommitAsync([group[i]]) is not { } own) continue;
            if (IsInTheRequest(own))
            {
                Fail(group[i], own);
                continue;
            }
            foreach (var pending in group.Skip(i)) Fail(pending, own);
            return;
        }
    }

    /// <summary>Errors of this request's data alone: invalid input, or a constraint its rows violate.</summary>
    private static bool IsInTheRequest(Exception exception) =>
        IsInvalidInput(exception) || exception is PostgresException { SqlState: ['2', '3', ..] } or SqliteException { SqliteErrorCode: raw.SQLITE_CONSTRAINT };

    /// <summary>Sums that overflow and data exceptions (PostgreSQL class 22: NUL in text, a bigint out of range).</summary>
    private static bool IsInvalidInput(Exception exception) => exception is OverflowException or PostgresException { SqlState: ['2', '2', ..] };

    /// <returns>null when committed and acknowledged, else why nothing of the group was stored.</returns>
    private async Task<Exception?> TryCommitAsync(List<Pending> group)
    {
        var events = group.SelectMany(p => p.Events).ToList();
        WriteOutcome[] outcomes;
        try
        {
            outcomes = await (await ConnectionAsync()).CommitAsync(events, CancellationToken.None);
        }
        catch (Exception exception)
        {
            await DropConnectionAsync();
            return exception;
        }
        _metrics.WriterCommitted(events.Count);
        var offset = 0;
        foreach (var pending in group)
        {
            pending.Done.SetResult(new ArraySegment<WriteOutcome>(outcomes, offset, pending.Events.Count));
            offset += pending.Events.Count;
        }
        return null;
    }

    /// <summary>Invalid input is the request's fault (400); anything else is ours (500).</summary>
    private void Fail(Pending pending, Exception exception)
    {
        if (IsInvalidInput(exception))
        {
            _logger.LogWarning(exception, "An ingest request of organization {OrganizationId} was refused by the database.", pending.OrganizationId);
            pending.Done.SetException(new ValidationException([new ValidationFailure("events",
                "These events cannot be stored: a value is out of range or contains characters the database refuses. Nothing of this request was stored.")]));
            return;
        }
        _logger.LogError(exception, "Committing {Count} ingested events failed; their request gets an error and nothing of it was acknowledged.", pending.Events.Count);
        pending.Done.SetException(exception);
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

    private sealed record Pending(IReadOnlyList<LlmEvent> Events, TaskCompletionSource<IReadOnlyList<WriteOutcome>> Done)
    {
        public Guid OrganizationId => Events[0].Labels.OrganizationId;
    }
}
