using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AIntops.Application.Common.Observability;

/// <summary>
/// The application's own instruments (meter <c>AIntops</c>), exported at <c>/metrics</c> and, when configured, over OTLP.
/// Created from the host's meter factory, so each host (and each test host) counts on its own.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "AIntops";

    private readonly Meter _meter;
    private readonly Counter<long> _ingestEvents;
    private readonly Histogram<int> _writerBatchSize;
    private readonly Counter<long> _jobRuns;
    private readonly Histogram<double> _jobDuration;
    private readonly Histogram<double> _providerSyncDuration;

    public AppMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _ingestEvents = _meter.CreateCounter<long>("aintops.ingest.events", "{event}", "Telemetry events answered by /v1/ingest, by outcome (accepted, duplicate, plan_limit).");
        _writerBatchSize = _meter.CreateHistogram<int>("aintops.ingest.writer.batch_size", "{event}", "Events committed per transaction by the ingest writer.");
        _jobRuns = _meter.CreateCounter<long>("aintops.jobs.runs", "{run}", "Scheduled job runs on this instance, by job and outcome (succeeded, failed).");
        _jobDuration = _meter.CreateHistogram<double>("aintops.jobs.duration", "s", "Duration of scheduled job runs on this instance.");
        _providerSyncDuration = _meter.CreateHistogram<double>("aintops.provider_sync.duration", "s", "Duration of one provider connection's sync, by provider and outcome.");
    }

    /// <summary>Reports the writer's queue depth whenever the metrics are read.</summary>
    public void ObserveWriterQueue(Func<int> depth) =>
        _meter.CreateObservableGauge("aintops.ingest.writer.queue_depth", depth, "{request}", "Ingest requests waiting for the writer.");

    public void IngestAnswered(int accepted, int duplicates, int overPlanLimit)
    {
        if (accepted > 0) _ingestEvents.Add(accepted, Outcome("accepted"));
        if (duplicates > 0) _ingestEvents.Add(duplicates, Outcome("duplicate"));
        if (overPlanLimit > 0) _ingestEvents.Add(overPlanLimit, Outcome("plan_limit"));
    }

    public void WriterCommitted(int events) => _writerBatchSize.Record(events);

    public void JobRan(string job, TimeSpan duration, bool succeeded)
    {
        var tags = new TagList { { "job", job }, { "outcome", succeeded ? "succeeded" : "failed" } };
        _jobRuns.Add(1, tags);
        _jobDuration.Record(duration.TotalSeconds, tags);
    }

    public void ProviderSynced(string provider, TimeSpan duration, bool succeeded) =>
        _providerSyncDuration.Record(duration.TotalSeconds, new TagList { { "provider", provider }, { "outcome", succeeded ? "succeeded" : "failed" } });

    private static KeyValuePair<string, object?> Outcome(string outcome) => new("outcome", outcome);
}
