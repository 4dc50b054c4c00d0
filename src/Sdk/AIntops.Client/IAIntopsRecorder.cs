namespace AIntops.Client;

/// <summary>Records LLM calls for AIntops. Recording never blocks and never throws; events are sent in the background.</summary>
public interface IAIntopsRecorder
{
    /// <summary>Queues one event (filling its id, timestamp and the configured defaults).</summary>
    void Record(AIntopsEvent e);

    /// <summary>Sends everything queued so far; returns when it is sent or given up, or when <paramref name="cancellationToken"/> fires.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>What happened to the events so far.</summary>
    AIntopsCounters Counters { get; }
}

/// <param name="Sent">Events the server accepted (a duplicate included).</param>
/// <param name="Dropped">Events dropped because the queue was full (the oldest go first).</param>
/// <param name="Failed">Events given up: refused by the server, retries used up, or sent while telemetry was paused.</param>
/// <param name="Queued">Events waiting to be sent.</param>
public sealed record AIntopsCounters(long Sent, long Dropped, long Failed, int Queued);
