namespace AIntops.Domain.Ingest;

/// <summary>
/// A rollup of ingested calls per period and every analytics dimension, kept in the same transaction
/// as the raw rows. Dimensions are refs to <see cref="Dimension"/> rows; 0 (not null) stands for a missing one so the
/// natural key stays unique. Hourly rows serve the edges of a time range, daily rows the whole days in between.
/// </summary>
public abstract class UsageRollupRow : RollupRow
{
    public int EndpointTagRef { get; set; }
    public int PromptVersionRef { get; set; }
    public string Status { get; set; } = "";
    public int ApiKeyRef { get; set; }

    /// <summary>One of <see cref="CacheOutcomes"/>.</summary>
    public string CacheOutcome { get; set; } = "";

    /// <summary>The event's workflow; 0 when it had none (also for rows counted before workflows were recorded).</summary>
    public int WorkflowRef { get; set; }

    public long Requests { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long CachedInputTokens { get; set; }
    public long CacheWriteTokens { get; set; }
    public long CostNanoUsd { get; set; }
    public long UnpricedRequests { get; set; }
    public long LatencySumMs { get; set; }
    public long LatencyCount { get; set; }
}

/// <summary>What every period rollup is keyed by first: the organization, the period and the filter dimensions.</summary>
public abstract class RollupRow : IRollupRow, IRollupFilterable
{
    public int OrganizationRef { get; set; }
    public long PeriodStartMs { get; set; }
    public int ProviderRef { get; set; }
    public int ModelRef { get; set; }
    public int TeamRef { get; set; }
    public string Environment { get; set; } = "";
    public string DataMode { get; set; } = "";
}

public sealed class UsageHourly : UsageRollupRow;

public sealed class UsageDaily : UsageRollupRow;

/// <summary>A row of one of the <see cref="RollupTables"/>: an organization's counters for the period starting at <see cref="PeriodStartMs"/>.</summary>
public interface IRollupRow : Common.IDimensionScoped
{
    long PeriodStartMs { get; }
}
