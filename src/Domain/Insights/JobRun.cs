namespace AIntops.Domain.Insights;

/// <summary>The latest run of one scheduled job (by its key), whichever API instance ran it.</summary>
public sealed class JobRun
{
    private JobRun() { }

    public JobRun(string jobKey) => JobKey = jobKey;

    public string JobKey { get; private set; } = "";
    public DateTime? LastStartedAt { get; private set; }
    public DateTime? LastFinishedAt { get; private set; }
    public long? LastDurationMs { get; private set; }
    /// <summary>running, ok or failed.</summary>
    public string? LastOutcome { get; private set; }
    public string? LastError { get; private set; }
    public string? LastInstance { get; private set; }

    public void Started(DateTime at, string instance)
    {
        LastStartedAt = at;
        LastFinishedAt = null;
        LastDurationMs = null;
        LastOutcome = JobOutcomes.Running;
        LastError = null;
        LastInstance = instance;
    }

    public void Finished(DateTime startedAt, TimeSpan duration, string? error, string instance)
    {
        LastStartedAt = startedAt;
        LastFinishedAt = startedAt + duration;
        LastDurationMs = (long)duration.TotalMilliseconds;
        LastOutcome = error is null ? JobOutcomes.Ok : JobOutcomes.Failed;
        LastError = error is null || error.Length <= JobRunLimits.ErrorMaxLength ? error : error[..JobRunLimits.ErrorMaxLength];
        LastInstance = instance;
    }
}

public static class JobOutcomes
{
    public const string Running = "running";
    public const string Ok = "ok";
    public const string Failed = "failed";
}

public static class JobRunLimits
{
    public const int KeyMaxLength = 200;
    public const int ErrorMaxLength = Common.Limits.DetailMaxLength;
    public const int InstanceMaxLength = 200;
}
